import { InquiriesModule } from './inquiries/inquiries.module.js';
import { MailModule } from './mail/mail.module.js';
import { NewsModule } from './news/news.module.js';
import { QualityModule } from './quality/quality.module.js';
import { ExportsModule, FeedsModule } from './feeds/feeds.module.js';
import { EmbedModule, OEmbedModule } from './embed/embed.module.js';
import { StatsModule } from './stats/stats.module.js';
import { ScoringModule } from './scoring/scoring.module.js';
import { AnalyticsModule } from './analytics/analytics.module.js';
import { Module, type DynamicModule } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, RouterModule } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AccessGuard } from './common/access.js';
import { AllExceptionsFilter } from './common/http-exception.filter.js';
import type { AppConfig } from './config/config.js';
import { ConfigModule } from './config/config.module.js';
import { dataSourceOptions } from './database/data-source.js';
import { AuditModule } from './audit/audit.module.js';
import { AuthModule } from './auth/auth.module.js';
import { DepartmentsModule } from './departments/departments.module.js';
import { MediaModule } from './media/media.module.js';
import { PoliciesModule } from './policies/policies.module.js';
import { ProjectsModule } from './projects/projects.module.js';
import { TaxonomiesModule } from './taxonomies/taxonomies.module.js';
import { UsersModule } from './users/users.module.js';
import { HealthModule } from './health/health.module.js';
import { SearchClientModule } from './search-sync/search-client.module.js';
import { SearchSyncModule } from './search-sync/search-sync.module.js';
import { SearchApiModule } from './search-api/search-api.module.js';
import { SettingsModule } from './settings/settings.module.js';
import { WebModule } from './web/web.module.js';

/** Feature modules whose controllers live under /api/v1. A new feature adds itself here. */
export const API_MODULES = [
  SettingsModule,
  AuthModule,
  UsersModule,
  DepartmentsModule,
  TaxonomiesModule,
  ProjectsModule,
  PoliciesModule,
  MediaModule,
  AuditModule,
  SearchSyncModule,
  SearchApiModule,
  StatsModule,
  InquiriesModule,
  MailModule,
  NewsModule,
  QualityModule,
  ExportsModule,
  OEmbedModule,
  AnalyticsModule,
  ScoringModule,
];

export const API_PREFIX = 'api/v1';

@Module({})
export class AppModule {
  static forRoot(config: AppConfig): DynamicModule {
    if (!config.databaseUrl) {
      throw new Error('DATABASE_URL is not set: start through npm start, or set DATABASE_URL');
    }
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        TypeOrmModule.forRoot({ ...dataSourceOptions(config.databaseUrl), retryAttempts: 2, retryDelay: 1000 }),
        SearchClientModule,
        HealthModule,
        ...API_MODULES,
        RouterModule.register([{ path: API_PREFIX, children: API_MODULES }]),
        FeedsModule,
        EmbedModule,
        // Last: its catch-all GET serves the Angular app for every path no controller claimed.
        WebModule,
      ],
      providers: [
        { provide: APP_GUARD, useClass: AccessGuard },
        { provide: APP_FILTER, useClass: AllExceptionsFilter },
      ],
    };
  }
}
