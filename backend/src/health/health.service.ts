import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { checkSearchHealth } from '@invest-portal/search';
import type { Meilisearch } from 'meilisearch';
import type { DataSource } from 'typeorm';
import { SEARCH_CLIENT } from '../search-sync/search-client.module.js';
import type { CheckDto, LivenessDto, ReadinessDto } from './dto/health.dto.js';

const CHECK_TIMEOUT_MS = 3000;

@Injectable()
export class HealthService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(SEARCH_CLIENT) private readonly search: Meilisearch,
  ) {}

  liveness(): LivenessDto {
    return { status: 'ok', uptimeSeconds: Math.round(process.uptime() * 10) / 10 };
  }

  async readiness(): Promise<ReadinessDto> {
    const [database, migrations, search] = await Promise.all([
      check(async () => {
        await this.dataSource.query('SELECT 1');
        return 'reachable';
      }),
      check(async () => {
        if (await this.dataSource.showMigrations()) throw new Error('migrations pending: run npm run db:migrate');
        return `${this.dataSource.migrations.length} applied`;
      }),
      check(async () => {
        const health = await checkSearchHealth(this.search);
        if (!health.ok) throw new Error(health.error);
        return `Meilisearch ${health.version}`;
      }),
    ]);
    const ok = database.ok && migrations.ok && search.ok;
    return { status: ok ? 'ok' : 'unavailable', checks: { database, migrations, search } };
  }
}

async function check(probe: () => Promise<string>): Promise<CheckDto> {
  let timer: NodeJS.Timeout | undefined;
  try {
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`no answer within ${CHECK_TIMEOUT_MS} ms`)), CHECK_TIMEOUT_MS);
    });
    return { ok: true, detail: await Promise.race([probe(), timeout]) };
  } catch (err) {
    return { ok: false, detail: err instanceof Error ? err.message : String(err) };
  } finally {
    clearTimeout(timer);
  }
}
