import {
  Injectable,
  Logger,
  type BeforeApplicationShutdown,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { ViewKind } from './analytics.entities.js';
import { Tally } from './tally.js';
import type { Channel } from './usage.js';

/** How often counts are written; the summary also writes this process's pending counts before it reads. */
export const FLUSH_MS = 2000;
const CHUNK = 2000;

/**
 * Counting never holds up or fails a request: counts are added up in memory and written every
 * FLUSH_MS as one upsert per table (`views = views + n`, so several API processes add up), and on
 * shutdown. A failed write is logged and retried with the next flush.
 */
@Injectable()
export class AnalyticsRecorder implements OnApplicationBootstrap, BeforeApplicationShutdown, OnApplicationShutdown {
  private readonly logger = new Logger('Analytics');
  private readonly views = new Tally();
  private readonly uses = new Tally();
  private timer: NodeJS.Timeout | undefined;
  private queue: Promise<void> = Promise.resolve();
  private reportedDrops = 0;

  constructor(@InjectDataSource() private readonly db: DataSource) {}

  countView(day: string, kind: ViewKind, itemId: string): void {
    this.views.add(JSON.stringify([day, kind, itemId]));
  }

  countUse(day: string, channel: Channel, key: string): void {
    this.uses.add(JSON.stringify([day, channel, key]));
  }

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => void this.flush(), FLUSH_MS);
    this.timer.unref();
  }

  /** Before the HTTP server and the database close: the counts so far. */
  async beforeApplicationShutdown(): Promise<void> {
    clearInterval(this.timer);
    await this.flush();
  }

  /** After the HTTP server closed: whatever the last requests added, while the database is still open. */
  async onApplicationShutdown(): Promise<void> {
    if (this.views.size + this.uses.size > 0 && this.db.isInitialized) await this.flush();
  }

  /** Writes the pending counts; concurrent calls run one after the other. Never rejects. */
  flush(): Promise<void> {
    const run = this.queue
      .then(() => this.write())
      .catch((err: unknown) => this.logger.warn(`analytics flush failed: ${err instanceof Error ? err.message : String(err)}`));
    this.queue = run;
    return run;
  }

  private async write(): Promise<void> {
    await this.writeTable(this.views, (rows) =>
      this.db.query(
        `INSERT INTO page_views_daily (day, kind, item_id, views)
         SELECT * FROM unnest($1::date[], $2::varchar[], $3::uuid[], $4::int[])
         ON CONFLICT (day, kind, item_id) DO UPDATE SET views = page_views_daily.views + EXCLUDED.views`,
        columns(rows),
      ),
    );
    await this.writeTable(this.uses, (rows) =>
      this.db.query(
        `INSERT INTO usage_daily (day, channel, key, count)
         SELECT * FROM unnest($1::date[], $2::varchar[], $3::varchar[], $4::int[])
         ON CONFLICT (day, channel, key) DO UPDATE SET count = usage_daily.count + EXCLUDED.count`,
        columns(rows),
      ),
    );
    const dropped = this.views.dropped + this.uses.dropped;
    if (dropped > this.reportedDrops) {
      this.logger.warn(`${dropped - this.reportedDrops} count(s) dropped: too many distinct rows waiting to be written`);
      this.reportedDrops = dropped;
    }
  }

  private async writeTable(tally: Tally, upsert: (rows: [string, number][]) => Promise<unknown>): Promise<void> {
    const pending = tally.drain();
    for (let i = 0; i < pending.length; i += CHUNK) {
      const rows = pending.slice(i, i + CHUNK);
      try {
        await upsert(rows);
      } catch (err) {
        tally.restore(pending.slice(i));
        this.logger.warn(`analytics counts not written, retrying with the next flush: ${err instanceof Error ? err.message : String(err)}`);
        return;
      }
    }
  }
}

/** [[JSON [a, b, c], n], …] → [[a…], [b…], [c…], [n…]] for unnest. */
function columns(rows: [string, number][]): unknown[][] {
  const out: unknown[][] = [[], [], [], []];
  for (const [key, n] of rows) {
    const [a, b, c] = JSON.parse(key) as [string, string, string];
    out[0]!.push(a);
    out[1]!.push(b);
    out[2]!.push(c);
    out[3]!.push(n);
  }
  return out;
}
