import { Module } from '@nestjs/common';
import { ExportsController, FeedsController } from './feeds.controller.js';
import { FeedsService } from './feeds.service.js';

/** /feeds/… at the site root (feed readers expect short, stable URLs). */
@Module({ controllers: [FeedsController], providers: [FeedsService] })
export class FeedsModule {}

/** /api/v1/projects.geojson and .csv. */
@Module({ controllers: [ExportsController], providers: [FeedsService] })
export class ExportsModule {}
