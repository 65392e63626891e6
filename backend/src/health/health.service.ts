import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { checkSearchHealth } from '@invest-portal/search';
import type { Meilisearch } from 'meilisearch';
import type { DataSource } from 'typeorm';
import { SEARCH_CLIENT } from '../search-sync/search-client.module.js';
import { SearchSyncWorker } from '../search-sync/sync.worker.js';
import type { CheckDto, LivenessDto, ReadinessDto } from './dto/health.dto.js';

const CHECK_TIMEOUT_MS = 3000;

@Injectable()
export class HealthService {
  private readonly logger = new Logger('Readiness');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(SEARCH_CLIENT) private readonly search: Meilisearch,
    private readonly sync: SearchSyncWorker,
  ) {}

  liveness(): LivenessDto {
    return { status: 'ok', uptimeSeconds: Math.round(process.uptime() * 10) / 10 };
  }

  async readiness(): Promise<ReadinessDto> {
    const [database, migrations, search] = await Promise.all([
      this.check('database', 'unreachable', async () => {
        await this.dataSource.query('SELECT 1');
        return 'reachable';
      }),
      this.check('migrations', 'cannot be read', () => this.migrationsApplied()),
      this.check('search', 'unreachable', async () => {
        const health = await checkSearchHealth(this.search);
        if (!health.ok) throw new Error(health.error);
        return `Meilisearch ${health.version}`;
      }),
    ]);
    const searchSync = await this.check('searchSync', 'cannot be read', async () => {
      const stats = await this.sync.stats();
      const detail = `backlog ${stats.backlog}, oldest ${stats.oldestPendingSeconds ?? 0} s, parked ${stats.parked}`;
      if (stats.parked) throw new CheckFailed(detail);
      return detail;
    });
    // Parked rows need an administrator, not a restart: they are reported but leave the instance ready.
    const ok = database.ok && migrations.ok && search.ok;
    return { status: ok ? 'ok' : 'unavailable', checks: { database, migrations, search, searchSync } };
  }

  /** Read-only (showMigrations() would create the migrations table on an empty database). */
  private async migrationsApplied(): Promise<string> {
    const [{ present }] = await this.dataSource.query(`SELECT to_regclass('public.migrations') IS NOT NULL AS present`);
    const applied = new Set<string>(
      present ? (await this.dataSource.query('SELECT name FROM migrations')).map((r: { name: string }) => r.name) : [],
    );
    const pending = this.dataSource.migrations.filter((m) => !applied.has(m.name ?? m.constructor.name)).length;
    if (pending) throw new CheckFailed(`${pending} pending: run npm run db:migrate`);
    return `${applied.size} applied`;
  }

  /** Public probe: says what failed, never how (hosts and ports go to the log only). */
  private async check(name: string, publicFailure: string, probe: () => Promise<string>): Promise<CheckDto> {
    let timer: NodeJS.Timeout | undefined;
    try {
      const timeout = new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error(`no answer within ${CHECK_TIMEOUT_MS} ms`)), CHECK_TIMEOUT_MS);
      });
      return { ok: true, detail: await Promise.race([probe(), timeout]) };
    } catch (err) {
      this.logger.warn(`${name} check failed: ${err instanceof Error ? err.message : String(err)}`);
      return { ok: false, detail: err instanceof CheckFailed ? err.message : publicFailure };
    } finally {
      clearTimeout(timer);
    }
  }
}

class CheckFailed extends Error {}