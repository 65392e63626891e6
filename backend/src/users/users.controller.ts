import { Body, Controller, Get, Param, ParseUUIDPipe, Patch, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentActor, Roles, type Actor } from '../common/access.js';
import { CreateUserDto, InviteUserDto, UpdateUserDto, UserDto } from './dto/user.dto.js';
import { UsersService } from './users.service.js';

@ApiTags('users')
@Controller('users')
export class UsersController {
  constructor(private readonly users: UsersService) {}

  @Get()
  @Roles('admin')
  @ApiOperation({ summary: 'All accounts (administrators)', operationId: 'listUsers' })
  @ApiOkResponse({ type: [UserDto] })
  list(): Promise<UserDto[]> {
    return this.users.list();
  }

  @Post()
  @Roles('admin')
  @ApiOperation({ summary: 'Create an account (administrators)', operationId: 'createUser' })
  @ApiCreatedResponse({ type: UserDto })
  create(@CurrentActor() actor: Actor, @Body() body: CreateUserDto): Promise<UserDto> {
    return this.users.create(actor, body);
  }

  @Post('invite')
  @Roles('admin')
  @ApiOperation({ summary: 'Invite someone: the account is created and a link to set the password is mailed (administrators)', operationId: 'inviteUser' })
  @ApiCreatedResponse({ type: UserDto })
  invite(@CurrentActor() actor: Actor, @Body() body: InviteUserDto): Promise<UserDto> {
    return this.users.invite(actor, body);
  }

  @Patch(':id')
  @Roles('admin')
  @ApiOperation({ summary: 'Change, disable or reset an account; ends its sessions when access changes (administrators)', operationId: 'updateUser' })
  @ApiOkResponse({ type: UserDto })
  update(@CurrentActor() actor: Actor, @Param('id', new ParseUUIDPipe({ version: '4' })) id: string, @Body() body: UpdateUserDto): Promise<UserDto> {
    return this.users.update(actor, id, body);
  }
}
