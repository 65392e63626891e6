import { Body, Controller, Get, Header, Param, ParseUUIDPipe, Patch, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentActor, Public, Roles, type Actor } from '../common/access.js';
import { DepartmentInput, UpdateDepartmentInput } from './dto/department-input.dto.js';
import { DepartmentsService } from './departments.service.js';
import { DepartmentDto, DepartmentListDto } from './dto/department.dto.js';
import { ListDepartmentsQueryDto } from './dto/list-departments.query.js';

@ApiTags('departments')
@Controller('departments')
export class DepartmentsController {
  constructor(private readonly departments: DepartmentsService) {}

  @Get()
  @Public()
  @Header('Cache-Control', 'public, max-age=300')
  @ApiOperation({ summary: 'List the units that supply information to the portal', operationId: 'listDepartments' })
  @ApiOkResponse({ type: DepartmentListDto })
  list(@Query() query: ListDepartmentsQueryDto): Promise<DepartmentListDto> {
    return this.departments.listPublic(query);
  }

  @Post()
  @Roles('admin')
  @ApiOperation({ summary: 'Add a department (administrators)', operationId: 'createDepartment' })
  @ApiCreatedResponse({ type: DepartmentDto })
  create(@CurrentActor() actor: Actor, @Body() body: DepartmentInput): Promise<DepartmentDto> {
    return this.departments.create(actor, body);
  }

  @Patch(':id')
  @Roles('admin')
  @ApiOperation({ summary: 'Change a department, its address or contact officials (administrators)', operationId: 'updateDepartment' })
  @ApiOkResponse({ type: DepartmentDto })
  update(
    @CurrentActor() actor: Actor,
    @Param('id', new ParseUUIDPipe({ version: '4' })) id: string,
    @Body() body: UpdateDepartmentInput,
  ): Promise<DepartmentDto> {
    return this.departments.update(actor, id, body);
  }
}
