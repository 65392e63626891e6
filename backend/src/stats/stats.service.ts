import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { AppConfig } from '../config/config.js';
import { APP_CONFIG } from '../config/config.module.js';
import type { PublicStatsDto } from './dto/stats.dto.js';

@Injectable()
export class StatsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Public data only; one round trip. */
  async publicStats(): Promise<PublicStatsDto> {
    const [row] = await this.db.query(`
      SELECT
        (SELECT count(*)::int FROM projects WHERE status = 'published') AS open_projects,
        (SELECT count(*)::int FROM projects WHERE status IN ('published', 'awarded')) AS public_projects,
        (SELECT sum(capital_vnd)::text FROM projects WHERE status = 'published') AS capital_vnd,
        (SELECT count(DISTINCT ps.sector_id)::int FROM project_sectors ps JOIN projects p ON p.id = ps.project_id WHERE p.status IN ('published', 'awarded')) AS sectors,
        (SELECT count(*)::int FROM policies WHERE status = 'published') AS policies,
        (SELECT count(DISTINCT department_id)::int FROM projects WHERE status IN ('published', 'awarded')) AS departments`);
    const { vndPerUsd, date } = this.config.usdRate;
    return {
      openProjects: row.open_projects,
      publicProjects: row.public_projects,
      capital: row.capital_vnd
        ? { vnd: row.capital_vnd, usd: Math.round(Number(row.capital_vnd) / vndPerUsd), vndPerUsd, rateDate: date }
        : null,
      sectors: row.sectors,
      policies: row.policies,
      departments: row.departments,
    };
  }
}
