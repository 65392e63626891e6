import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentActor, Roles, type Actor } from '../common/access.js';
import { AuditService } from './audit.service.js';
import { AuditEntryDto, AuditQueryDto } from './dto/audit.dto.js';

@ApiTags('audit')
@Controller('audit')
export class AuditController {
  constructor(private readonly audit: AuditService) {}

  @Get()
  @Roles('editor', 'admin')
  @ApiOperation({ summary: 'Audit trail of one object, newest first (editors, admins; accounts: admins only)', operationId: 'listAudit' })
  @ApiOkResponse({ type: [AuditEntryDto] })
  list(@CurrentActor() actor: Actor, @Query() query: AuditQueryDto): Promise<AuditEntryDto[]> {
    return this.audit.list(actor, query);
  }
}
