import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Public } from '../common/access.js';
import { DepartmentsService } from './departments.service.js';
import { DepartmentListDto } from './dto/department.dto.js';
import { ListDepartmentsQueryDto } from './dto/list-departments.query.js';

@ApiTags('departments')
@Controller('departments')
export class DepartmentsController {
  constructor(private readonly departments: DepartmentsService) {}

  @Get()
  @Public()
  @ApiOperation({ summary: 'List the units that supply information to the portal', operationId: 'listDepartments' })
  @ApiOkResponse({ type: DepartmentListDto })
  list(@Query() query: ListDepartmentsQueryDto): Promise<DepartmentListDto> {
    return this.departments.listPublic(query);
  }
}
