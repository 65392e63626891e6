import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { ApiNoContentResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Public } from '../common/access.js';
import { AcceptInvitationDto } from './dto/user.dto.js';
import { UsersService } from './users.service.js';

@ApiTags('auth')
@Controller('auth/invitations')
export class InvitationsController {
  constructor(private readonly users: UsersService) {}

  @Post(':token')
  @HttpCode(204)
  @Public()
  @ApiOperation({ summary: 'Accept an invitation: set the first password with the token from the mail (404 unknown, 410 expired)', operationId: 'acceptInvitation' })
  @ApiNoContentResponse()
  accept(@Param('token') token: string, @Body() body: AcceptInvitationDto): Promise<void> {
    return this.users.acceptInvitation(token, body.password);
  }
}
