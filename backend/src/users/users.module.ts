import { Module } from '@nestjs/common';
import { InvitationsController } from './invitations.controller.js';
import { UsersController } from './users.controller.js';
import { UsersService } from './users.service.js';

@Module({ controllers: [UsersController, InvitationsController], providers: [UsersService] })
export class UsersModule {}
