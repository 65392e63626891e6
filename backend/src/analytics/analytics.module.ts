import { Module } from '@nestjs/common';
import { APP_INTERCEPTOR } from '@nestjs/core';
import { AnalyticsController } from './analytics.controller.js';
import { AnalyticsService } from './analytics.service.js';
import { AnalyticsRecorder } from './recorder.js';
import { UsageInterceptor } from './usage.interceptor.js';

/** /api/v1/analytics, and the channel-use counter that watches every route (docs/analytics.md). */
@Module({
  controllers: [AnalyticsController],
  providers: [AnalyticsService, AnalyticsRecorder, { provide: APP_INTERCEPTOR, useClass: UsageInterceptor }],
  exports: [AnalyticsService],
})
export class AnalyticsModule {}
