import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { applyIndexDefinition, INDEXES, type DocType } from '@invest-portal/search';
import type { Meilisearch } from 'meilisearch';
import type { DataSource, EntityManager } from 'typeorm';
import type { AppConfig } from '../config/config.js';
import { APP_CONFIG } from '../config/config.module.js';
import { SEARCH_CLIENT } from './search-client.module.js';
import { SearchNodeSyncWorker, type NodeStats } from './node-sync.worker.js';
import { pushChanges } from './push.js';
import { INDEXED_ITEMS } from './sources.js';

/** One sync worker at a time across all instances: documents are then sent in commit order. */
const SYNC_LOCK = 7_311_402_3;

interface PgClient {
  on(event: 'notification', listener: () => void): void;
  on(event: 'error', listener: (err: unknown) => void): void;
  query(sql: string): Promise<unknown>;
}

interface Claimed {
  id: string;
  entity_type: DocType;
  entity_id: string;
  attempts: number;
}

export interface SyncStats {
  backlog: number;
  oldestPendingSeconds: number | null;
  parked: number;
  /** Further Meilisearch nodes, each with its own cursor. */
  nodes: NodeStats[];
}

/**
 * Outbox → Meilisearch. Claims pending rows (FOR UPDATE SKIP LOCKED), rebuilds each document from
 * the current row, sends all of them as one task per index, waits until Meilisearch reports the task
 * succeeded, then marks the rows done. Failures retry with exponential backoff and are parked after
 * `maxAttempts`; a failing batch is retried row by row so one bad document cannot hold up the rest.
 */
@Injectable()
export class SearchSyncWorker implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('SearchSync');
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<unknown> = Promise.resolve();
  private busy = false;
  private wakeAgain = false;
  private stopped = false;
  private releaseListener: (() => void) | undefined;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(SEARCH_CLIENT) private readonly search: Meilisearch,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly nodes: SearchNodeSyncWorker,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (!this.config.searchSync.enabled) return;
    try {
      await this.prepare();
    } catch (err) {
      // Search being down must not stop the portal: the loop keeps retrying through the outbox.
      this.logger.warn(`search indexes not ready yet: ${err instanceof Error ? err.message : String(err)}`);
    }
    await this.listen().catch((err: unknown) => this.logger.warn(`no LISTEN, polling only: ${String(err)}`));
    this.schedule();
  }

  // Before TypeORM closes its pool (that happens at application shutdown).
  async onModuleDestroy(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    await this.running.catch(() => undefined);
    this.releaseListener?.();
  }

  /** A dedicated connection LISTENs for commits that queued outbox rows, so they go out at once. */
  private async listen(): Promise<void> {
    const driver = this.db.driver as unknown as { obtainMasterConnection(): Promise<[PgClient, (err?: unknown) => void]> };
    const [client, releaseOnce] = await driver.obtainMasterConnection();
    // pg may emit 'error' more than once for one broken connection, and shutdown may race it:
    // the pool throws on a second release, so release exactly once.
    let released = false;
    const release = (err?: unknown): void => {
      if (released) return;
      released = true;
      releaseOnce(err);
    };
    client.on('notification', () => this.wake());
    // A lost connection (database restart) must not crash the process: poll, and listen again later.
    client.on('error', (err) => {
      if (released) return;
      this.logger.warn(`LISTEN connection lost (${err instanceof Error ? err.message : String(err)}); polling until it is back`);
      this.releaseListener = undefined;
      release(err);
      this.relisten();
    });
    await client.query('LISTEN search_outbox');
    this.releaseListener = () => {
      client.query('UNLISTEN search_outbox').catch(() => undefined).finally(() => release());
    };
  }

  private relisten(): void {
    if (this.stopped) return;
    setTimeout(() => {
      if (!this.stopped) this.listen().catch(() => this.relisten());
    }, 5000).unref();
  }

  private wake(): void {
    if (this.stopped) return;
    if (this.busy) {
      this.wakeAgain = true;
      return;
    }
    clearTimeout(this.timer);
    this.run(0);
  }

  /** Index settings before documents; an empty index with public items in the database is refilled. */
  async prepare(): Promise<void> {
    for (const def of Object.values(INDEXES)) await applyIndexDefinition(this.search, def);
    for (const [type, def] of Object.entries(INDEXES) as [DocType, (typeof INDEXES)[DocType]][]) {
      const stats = await this.search.index(def.uid).getStats();
      if (stats.numberOfDocuments > 0) continue;
      const queued = await this.enqueueAllPublic(type);
      if (queued) this.logger.log(`index ${def.uid} is empty: queued ${queued} public ${type}s`);
    }
  }

  async enqueueAllPublic(type: DocType): Promise<number> {
    // TypeORM returns the rows of INSERT … RETURNING (unlike UPDATE, which also returns a count).
    const rows = (await this.db.query(
      `INSERT INTO search_outbox (entity_type, entity_id) SELECT $1, id FROM (${INDEXED_ITEMS[type]}) items RETURNING id`,
      [type],
    )) as unknown[];
    return rows.length;
  }

  private schedule(): void {
    this.run(this.config.searchSync.intervalMs);
  }

  private run(delayMs: number): void {
    if (this.stopped) return;
    this.timer = setTimeout(() => {
      this.busy = true;
      this.wakeAgain = false;
      this.running = this.tick()
        .then((handled) => {
          // More work (a full batch, or a wake-up during the tick): go on at once.
          if (handled >= this.config.searchSync.batchSize || this.wakeAgain) this.wakeAgain = true;
        })
        .catch((err: unknown) => this.logger.error(`sync tick failed: ${err instanceof Error ? err.message : String(err)}`))
        .finally(() => {
          this.busy = false;
          if (this.wakeAgain) this.run(0);
          else this.schedule();
        });
    }, delayMs);
  }

  /** Processes one batch; returns how many outbox rows it handled. */
  async tick(): Promise<number> {
    return this.db.transaction(async (em) => {
      const [{ locked }] = await em.query('SELECT pg_try_advisory_xact_lock($1) AS locked', [SYNC_LOCK]);
      if (!locked) return 0;
      const rows: Claimed[] = await em.query(
        `SELECT id, entity_type, entity_id, attempts FROM search_outbox
          WHERE done_at IS NULL AND parked_at IS NULL AND next_attempt_at <= now()
          ORDER BY id LIMIT $1 FOR UPDATE SKIP LOCKED`,
        [this.config.searchSync.batchSize],
      );
      if (!rows.length) {
        await this.resumeAfterOutage(em);
        return 0;
      }
      try {
        await this.send(em, rows);
        await this.markDone(em, rows);
      } catch (err) {
        if (rows.length === 1) await this.markFailed(em, rows[0]!, err);
        else {
          for (const row of rows) {
            try {
              await this.send(em, [row]);
              await this.markDone(em, [row]);
            } catch (rowErr) {
              await this.markFailed(em, row, rowErr);
            }
          }
        }
      }
      return rows.length;
    });
  }

  /**
   * Rows waiting out a long backoff because Meilisearch was down should not wait once it is back:
   * when only such rows remain and Meilisearch answers its health check, they become due now.
   */
  private async resumeAfterOutage(em: EntityManager): Promise<void> {
    const [{ waiting }] = await em.query(
      `SELECT count(*)::int AS waiting FROM search_outbox WHERE done_at IS NULL AND parked_at IS NULL AND next_attempt_at > now() + interval '2 seconds'`,
    );
    if (!waiting) return;
    const healthy = await this.search.health().then(
      () => true,
      () => false,
    );
    if (healthy) {
      await em.query(`UPDATE search_outbox SET next_attempt_at = now() WHERE done_at IS NULL AND parked_at IS NULL AND next_attempt_at > now()`);
    }
  }

  /** Runs ticks until nothing is pending (tests, CLI). Rows waiting for a retry later count as pending. */
  async drain(timeoutMs = 60_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      await this.tick();
      const { backlog } = await this.stats();
      if (!backlog) return;
      if (Date.now() > deadline) throw new Error(`search outbox not drained after ${timeoutMs} ms (${backlog} pending)`);
      await new Promise((r) => setTimeout(r, 50));
    }
  }

  async stats(): Promise<SyncStats> {
    const [row] = await this.db.query(
      `SELECT count(*) FILTER (WHERE done_at IS NULL AND parked_at IS NULL)::int AS backlog,
              extract(epoch FROM now() - min(created_at) FILTER (WHERE done_at IS NULL AND parked_at IS NULL)) AS oldest,
              count(*) FILTER (WHERE parked_at IS NOT NULL AND done_at IS NULL)::int AS parked
         FROM search_outbox`,
    );
    return {
      backlog: row.backlog,
      oldestPendingSeconds: row.oldest === null ? null : Math.round(Number(row.oldest)),
      parked: row.parked,
      nodes: await this.nodes.stats(),
    };
  }

  /** Parked rows get another chance (after the cause was fixed). */
  async retryParked(): Promise<number> {
    const [, count] = (await this.db.query(
      `UPDATE search_outbox SET parked_at = NULL, attempts = 0, next_attempt_at = now() WHERE parked_at IS NOT NULL AND done_at IS NULL`,
    )) as [unknown, number];
    return count;
  }

  private send(em: EntityManager, rows: Claimed[]): Promise<void> {
    return pushChanges(em, this.search, rows);
  }

  private async markDone(em: EntityManager, rows: Claimed[]): Promise<void> {
    await em.query(`UPDATE search_outbox SET done_at = now(), last_error = NULL WHERE id = ANY($1)`, [rows.map((r) => r.id)]);
  }

  private async markFailed(em: EntityManager, row: Claimed, err: unknown): Promise<void> {
    const attempts = row.attempts + 1;
    const park = attempts >= this.config.searchSync.maxAttempts;
    const backoffMs = Math.min(this.config.searchSync.retryBaseMs * 2 ** (attempts - 1), 5 * 60_000);
    const message = err instanceof Error ? err.message : String(err);
    await em.query(
      `UPDATE search_outbox SET attempts = $2, last_error = $3, next_attempt_at = now() + make_interval(secs => $4::float / 1000),
              parked_at = CASE WHEN $5 THEN now() ELSE NULL END WHERE id = $1`,
      [row.id, attempts, message.slice(0, 2000), backoffMs, park],
    );
    if (park) this.logger.error(`outbox row ${row.id} (${row.entity_type} ${row.entity_id}) parked after ${attempts} attempts: ${message}`);
    else this.logger.warn(`outbox row ${row.id} failed (attempt ${attempts}), retrying in ${backoffMs} ms: ${message}`);
  }
}
