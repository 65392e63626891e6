import { Module } from '@nestjs/common';
import { APP_INTERCEPTOR } from '@nestjs/core';
import { EmbedController, OEmbedController } from './embed.controller.js';
import { EmbedService } from './embed.service.js';
import { WidgetCorsInterceptor } from './widget-cors.interceptor.js';

/** /embed/… at the site root, and CORS for the widgets' public API calls (all routes). */
@Module({
  controllers: [EmbedController],
  providers: [EmbedService, { provide: APP_INTERCEPTOR, useClass: WidgetCorsInterceptor }],
})
export class EmbedModule {}

/** /api/v1/oembed. */
@Module({ controllers: [OEmbedController], providers: [EmbedService] })
export class OEmbedModule {}
