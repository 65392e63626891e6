import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { INDEXES, SearchTaskFailedError, type DocType } from '@invest-portal/search';
import type { DataSource, EntityManager } from 'typeorm';
import { isUnavailable } from '../common/errors.js';
import type { AppConfig } from '../config/config.js';
import { APP_CONFIG } from '../config/config.module.js';
import { SearchMaintenanceService } from './maintenance.service.js';
import { pushChanges, type Change } from './push.js';
import { SEARCH_REPLICAS, type SearchReplica } from './search-client.module.js';
import { DOC_TYPES, INDEXED_ITEMS } from './sources.js';

/** How often a node is looked at for lost data even when nothing failed (it may have restarted empty). */
const CHECK_EVERY_MS = 10_000;

/** Past every possible outbox id: a cursor at (txid, MAX) has passed every row of that transaction. */
const MAX_ID = '9223372036854775807';

/** Rows written by transactions below this id have all ended: no row can appear below it any more. */
async function oldestRunningTransaction(em: EntityManager): Promise<string> {
  const [{ horizon }] = await em.query(`SELECT (pg_snapshot_xmin(pg_current_snapshot())::text)::bigint AS horizon`);
  return String(horizon);
}

export interface NodeStats {
  node: string;
  filled: boolean;
  pending: number;
  oldestPendingSeconds: number | null;
  failures: number;
  lastError: string | null;
}

interface CursorRow {
  txid: string;
  outbox_id: string;
  filled_at: Date | null;
}

interface OutboxChange extends Change {
  id: string;
  txid: string;
}

/**
 * Feeds each further Meilisearch node (MEILI_REPLICA_URLS) from the search outbox with its own
 * cursor (ADR 017). Any API process may feed any node; a per-node advisory lock makes one do it at a
 * time. The cursor is (writing transaction id, outbox id) and only passes rows whose transaction
 * id is below the oldest still-running one, so a transaction that commits late can never leave a
 * row behind the cursor. A node that is new, or lost its data, gets a full copy by swap first.
 */
@Injectable()
export class SearchNodeSyncWorker implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('SearchNodeSync');
  private readonly timers = new Map<string, NodeJS.Timeout>();
  private readonly running = new Map<string, Promise<unknown>>();
  /** Consecutive failures per node, for the backoff. */
  private readonly failures = new Map<string, number>();
  /** Nodes to look at for lost data before the next pass (at start and after a failure). */
  private readonly suspect = new Set<string>();
  private readonly checkedAt = new Map<string, number>();
  private stopped = false;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(SEARCH_REPLICAS) private readonly replicas: SearchReplica[],
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly maintenance: SearchMaintenanceService,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (!this.config.searchSync.enabled || !this.replicas.length) return;
    for (const replica of this.replicas) {
      await this.db.query(`INSERT INTO search_node_cursors (node) VALUES ($1) ON CONFLICT (node) DO NOTHING`, [replica.url]);
      this.suspect.add(replica.url);
      this.schedule(replica, 0);
    }
  }

  async onModuleDestroy(): Promise<void> {
    this.stopped = true;
    for (const timer of this.timers.values()) clearTimeout(timer);
    await Promise.all([...this.running.values()].map((p) => p.catch(() => undefined)));
  }

  private schedule(replica: SearchReplica, delayMs: number): void {
    if (this.stopped) return;
    this.timers.set(
      replica.url,
      setTimeout(() => {
        const pass = this.tick(replica).then(
          (handled) => {
            this.failures.delete(replica.url);
            this.schedule(replica, handled >= this.config.searchSync.batchSize ? 0 : this.config.searchSync.intervalMs);
          },
          (err: unknown) => {
            const failures = (this.failures.get(replica.url) ?? 0) + 1;
            this.failures.set(replica.url, failures);
            this.suspect.add(replica.url);
            const backoffMs = Math.min(this.config.searchSync.retryBaseMs * 2 ** (failures - 1), 30_000);
            const message = err instanceof Error ? err.message : String(err);
            if (failures === 1 || failures % 10 === 0) {
              this.logger.warn(`node ${replica.url} failed (${failures}× in a row), retrying in ${backoffMs} ms: ${message}`);
            }
            void this.db
              .query(`UPDATE search_node_cursors SET failures = failures + 1, last_error = $2, updated_at = now() WHERE node = $1`, [replica.url, message.slice(0, 2000)])
              .catch(() => undefined);
            this.schedule(replica, backoffMs);
          },
        );
        this.running.set(replica.url, pass);
      }, delayMs),
    );
  }

  /** One pass for one node; returns how many outbox rows it delivered (0 when another process holds the node). */
  async tick(replica: SearchReplica): Promise<number> {
    return this.db.transaction(async (em) => {
      // An advisory lock, not a row lock: this transaction gets no id until its final UPDATE, so it
      // does not hold back the horizon of the other nodes while it waits for Meilisearch.
      const [{ locked }] = await em.query(`SELECT pg_try_advisory_xact_lock(hashtext('search-node:' || $1)) AS locked`, [replica.url]);
      if (!locked) return 0;
      const [cursor]: CursorRow[] = await em.query(`SELECT txid, outbox_id, filled_at FROM search_node_cursors WHERE node = $1`, [replica.url]);
      if (!cursor) return 0;
      if (this.suspect.has(replica.url) || Date.now() - (this.checkedAt.get(replica.url) ?? 0) > CHECK_EVERY_MS) {
        await replica.client.health();
        if (cursor.filled_at && (await this.lostItsData(em, replica))) {
          this.logger.warn(`node ${replica.url} has lost its documents or settings: copying everything again`);
          cursor.filled_at = null;
        }
        this.suspect.delete(replica.url);
        this.checkedAt.set(replica.url, Date.now());
      }
      if (!cursor.filled_at) return this.fill(em, replica);

      const horizon = await oldestRunningTransaction(em);
      const rows: OutboxChange[] = await em.query(
        `SELECT id, entity_type, entity_id, txid FROM search_outbox
          WHERE (txid, id) > ($1::bigint, $2::bigint) AND txid < $3::bigint
          ORDER BY txid, id LIMIT $4`,
        [cursor.txid, cursor.outbox_id, horizon, this.config.searchSync.batchSize],
      );
      if (!rows.length) return 0;
      await this.deliver(em, replica, rows);
      const last = rows[rows.length - 1]!;
      await em.query(`UPDATE search_node_cursors SET txid = $2, outbox_id = $3, failures = 0, last_error = NULL, updated_at = now() WHERE node = $1`, [
        replica.url,
        last.txid,
        last.id,
      ]);
      return rows.length;
    });
  }

  /**
   * A batch whose task the node reports failed is retried item by item: an item the node refuses is
   * logged and passed (the main node parks the same row), so it cannot stop this node for ever.
   * Anything else (node down, timeout) fails the pass and the cursor stays where it was.
   */
  private async deliver(em: EntityManager, replica: SearchReplica, rows: OutboxChange[]): Promise<void> {
    try {
      await pushChanges(em, replica.client, rows);
      return;
    } catch (err) {
      if (!(err instanceof SearchTaskFailedError)) throw err;
    }
    for (const row of rows) {
      try {
        await pushChanges(em, replica.client, [row]);
      } catch (err) {
        if (!(err instanceof SearchTaskFailedError)) throw err;
        this.logger.error(`node ${replica.url}: ${row.entity_type} ${row.entity_id} refused, passed: ${err.message}`);
      }
    }
  }

  /**
   * Full copy of every public item into the node, then the cursor is set just before the oldest
   * transaction that was still running when the copy started: everything it could have missed is
   * delivered again from the outbox.
   */
  private async fill(em: EntityManager, replica: SearchReplica): Promise<number> {
    const horizon = await oldestRunningTransaction(em);
    let documents = 0;
    for (const type of DOC_TYPES) documents += await this.maintenance.copyBySwap(replica.client, type);
    await em.query(`UPDATE search_node_cursors SET txid = $2, outbox_id = $3, filled_at = now(), failures = 0, last_error = NULL, updated_at = now() WHERE node = $1`, [
      replica.url,
      String(BigInt(horizon) - 1n),
      MAX_ID,
    ]);
    this.logger.log(`node ${replica.url}: full copy of ${documents} documents`);
    return 0;
  }

  /**
   * An index missing or empty on the node while PostgreSQL has public items of its type, or one
   * without our settings (a write reached a restarted, empty node, which created a bare index).
   */
  private async lostItsData(em: EntityManager, replica: SearchReplica): Promise<boolean> {
    for (const type of DOC_TYPES as DocType[]) {
      const index = replica.client.index(INDEXES[type].uid);
      const state = await Promise.all([index.getStats(), index.getFilterableAttributes()]).catch((err: unknown) => {
        if (isUnavailable(err)) throw err;
        return undefined; // index_not_found
      });
      if (!state) return true;
      const [stats, filterable] = state;
      const wanted = INDEXES[type].settings.filterableAttributes ?? [];
      if ((filterable ?? []).length !== wanted.length) return true;
      if (stats.numberOfDocuments === 0) {
        const [{ any }] = await em.query(`SELECT EXISTS (${INDEXED_ITEMS[type]}) AS any`);
        if (any) return true;
      }
    }
    return false;
  }

  /** Runs passes until every node is filled and has nothing pending (tests, CLI). */
  async drain(timeoutMs = 60_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      for (const replica of this.replicas) {
        await this.tick(replica).catch((err: unknown) => {
          if (Date.now() > deadline) throw err;
        });
      }
      const stats = await this.stats();
      if (stats.every((s) => s.filled && s.pending === 0)) return;
      if (Date.now() > deadline) throw new Error(`search nodes not drained after ${timeoutMs} ms: ${JSON.stringify(stats)}`);
      await new Promise((r) => setTimeout(r, 50));
    }
  }

  async stats(): Promise<NodeStats[]> {
    if (!this.replicas.length) return [];
    const rows: { node: string; filled: boolean; pending: number; oldest: string | null; failures: number; last_error: string | null }[] = await this.db.query(
      `SELECT c.node, c.filled_at IS NOT NULL AS filled, c.failures, c.last_error,
              (SELECT count(*)::int FROM search_outbox o WHERE (o.txid, o.id) > (c.txid, c.outbox_id)) AS pending,
              (SELECT extract(epoch FROM now() - min(o.created_at)) FROM search_outbox o WHERE (o.txid, o.id) > (c.txid, c.outbox_id)) AS oldest
         FROM search_node_cursors c WHERE c.node = ANY($1) ORDER BY c.node`,
      [this.replicas.map((r) => r.url)],
    );
    return rows.map((r) => ({
      node: r.node,
      filled: r.filled,
      pending: r.pending,
      oldestPendingSeconds: r.oldest === null ? null : Math.round(Number(r.oldest)),
      failures: r.failures,
      lastError: r.last_error,
    }));
  }
}
