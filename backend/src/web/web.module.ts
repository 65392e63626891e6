import { Module } from '@nestjs/common';
import { WebController } from './web.controller.js';
import { WebService } from './web.service.js';

/** Serves the Angular app; imported last so that its catch-all route comes after every API route. */
@Module({ controllers: [WebController], providers: [WebService] })
export class WebModule {}
