import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { applyIndexDefinition, documentId, INDEXES, settle, type DocType } from '@invest-portal/search';
import type { Meilisearch } from 'meilisearch';
import type { DataSource } from 'typeorm';
import { SEARCH_CLIENT } from './search-client.module.js';
import { DOC_TYPES, documentsFor, INDEXED_ITEMS } from './sources.js';

const BATCH = 1000;

export interface RebuildReport {
  index: string;
  documents: number;
  seconds: number;
  requeued: number;
}

export interface DriftReport {
  index: string;
  database: number;
  indexed: number;
  missing: string[];
  extra: string[];
  stale: string[];
  repaired: boolean;
}

/** Full rebuild by swap, and the consistency check between PostgreSQL and Meilisearch. */
@Injectable()
export class SearchMaintenanceService {
  private readonly logger = new Logger('SearchMaintenance');

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(SEARCH_CLIENT) private readonly search: Meilisearch,
  ) {}

  /**
   * Builds a fresh index from PostgreSQL beside the live one and swaps them atomically. Writes go on
   * meanwhile: everything the outbox saw after the rebuild started is delivered again afterwards,
   * so nothing written during the rebuild is lost.
   */
  async rebuild(progress: (message: string) => void = () => undefined): Promise<RebuildReport[]> {
    const reports: RebuildReport[] = [];
    for (const type of DOC_TYPES) {
      const started = Date.now();
      const def = INDEXES[type];
      const [{ mark }] = await this.db.query(`SELECT coalesce(max(id), 0)::bigint AS mark FROM search_outbox`);
      const sent = await this.copyBySwap(this.search, type, progress);
      const requeued = (
        (await this.db.query(
          `INSERT INTO search_outbox (entity_type, entity_id) SELECT DISTINCT entity_type, entity_id FROM search_outbox WHERE id > $1 AND entity_type = $2 RETURNING id`,
          [mark, type],
        )) as unknown[]
      ).length;
      const seconds = (Date.now() - started) / 1000;
      progress(`${def.uid}: swapped in ${sent} documents in ${seconds.toFixed(1)} s; ${requeued} change(s) made meanwhile re-delivered`);
      reports.push({ index: def.uid, documents: sent, seconds, requeued });
    }
    // Further nodes get their own full copy by swap on their next pass (ADR 017).
    await this.db.query(`UPDATE search_node_cursors SET filled_at = NULL`);
    return reports;
  }

  /**
   * Every public item of one type into a fresh index beside the live one, settings first, then an
   * atomic swap: searches on that node never see a half-filled index. Returns the documents sent.
   */
  async copyBySwap(client: Meilisearch, type: DocType, progress: (message: string) => void = () => undefined): Promise<number> {
    const def = INDEXES[type];
    const temp = `${def.uid}_rebuild_${Date.now()}`;
    progress(`${def.uid}: building ${temp} (settings first)…`);
    await applyIndexDefinition(client, { ...def, uid: temp });
    const ids: string[] = (await this.db.query(`SELECT id FROM (${INDEXED_ITEMS[type]}) items ORDER BY id`)).map((r: { id: string }) => r.id);
    let sent = 0;
    const tasks = [];
    for (let i = 0; i < ids.length; i += BATCH) {
      const chunk = ids.slice(i, i + BATCH);
      const docs = await documentsFor(this.db.manager, type, chunk);
      // Sent without waiting in between: Meilisearch batches queued tasks by itself.
      tasks.push(client.index(temp).addDocuments(docs, { primaryKey: 'id' }));
      sent += docs.length;
      progress(`${def.uid}: ${sent}/${ids.length} documents sent`);
    }
    for (const task of tasks) await settle(task);
    await applyIndexDefinition(client, def); // a swap needs both indexes to exist
    await settle(client.swapIndexes([{ indexes: [def.uid, temp], rename: false }]));
    await settle(client.deleteIndex(temp));
    return sent;
  }

  /** Compares ids and versions; with `repair`, queues every drifted item so the worker fixes it. */
  async check(repair: boolean): Promise<DriftReport[]> {
    const reports: DriftReport[] = [];
    for (const type of DOC_TYPES) {
      const uid = INDEXES[type].uid;
      const rows: { id: string; version: number }[] = await this.db.query(INDEXED_ITEMS[type]);
      const expected = new Map(rows.map((r) => [documentId(type, r.id), r.version]));
      const indexed = new Map<string, number>();
      for (let offset = 0; ; offset += BATCH) {
        const page = await this.search.index(uid).getDocuments({ fields: ['id', 'version'], offset, limit: BATCH });
        for (const d of page.results) indexed.set(String(d.id), Number(d.version));
        if (page.results.length < BATCH) break;
      }
      const missing = [...expected.keys()].filter((id) => !indexed.has(id));
      const extra = [...indexed.keys()].filter((id) => !expected.has(id));
      const stale = [...expected.entries()].filter(([id, v]) => indexed.has(id) && indexed.get(id) !== v).map(([id]) => id);
      const drifted = [...missing, ...extra, ...stale];
      if (repair && drifted.length) {
        const prefix = `${type}-`;
        const entityIds = drifted.filter((id) => id.startsWith(prefix)).map((id) => id.slice(prefix.length));
        const foreign = drifted.filter((id) => !id.startsWith(prefix));
        if (entityIds.length) {
          await this.db.query(`INSERT INTO search_outbox (entity_type, entity_id) SELECT $1, unnest($2::uuid[])`, [type, entityIds]);
        }
        // Documents that are not ours at all (a wrong id shape) are removed directly.
        if (foreign.length) await settle(this.search.index(uid).deleteDocuments(foreign));
      }
      if (drifted.length) this.logger.warn(`${uid}: ${missing.length} missing, ${extra.length} extra, ${stale.length} stale`);
      reports.push({ index: uid, database: expected.size, indexed: indexed.size, missing, extra, stale, repaired: repair && drifted.length > 0 });
    }
    return reports;
  }
}
