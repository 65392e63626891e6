import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '../common/access.js';
import { AuditService } from './audit.service.js';
import { AuditEntryDto, AuditQueryDto } from './dto/audit.dto.js';

@ApiTags('audit')
@Controller('audit')
export class AuditController {
  constructor(private readonly audit: AuditService) {}

  @Get()
  @Roles('editor', 'admin')
  @ApiOperation({ summary: 'Audit trail of one object (editors, admins)', operationId: 'listAudit' })
  @ApiOkResponse({ type: [AuditEntryDto] })
  list(@Query() query: AuditQueryDto): Promise<AuditEntryDto[]> {
    return this.audit.list(query);
  }
}
