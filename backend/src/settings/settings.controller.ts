import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Public } from '../common/access.js';
import { PublicSettingsDto } from './dto/public-settings.dto.js';
import { SettingsService } from './settings.service.js';

@ApiTags('settings')
@Controller('settings')
export class SettingsController {
  constructor(private readonly settings: SettingsService) {}

  @Get('public')
  @Public()
  @ApiOperation({ summary: 'Portal settings the public site needs (name, owner, map)', operationId: 'getPublicSettings' })
  @ApiOkResponse({ type: PublicSettingsDto })
  publicSettings(): Promise<PublicSettingsDto> {
    return this.settings.publicSettings();
  }
}
