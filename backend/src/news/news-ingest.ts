import { ConflictException, Inject, Injectable, Logger } from '@nestjs/common';
import { IntervalJob } from '../common/interval-job.js';
import { InjectDataSource } from '@nestjs/typeorm';
import { In, type DataSource, type EntityManager } from 'typeorm';
import type { AppConfig } from '../config/config.js';
import { APP_CONFIG } from '../config/config.module.js';
import { OutboxService } from '../search-sync/outbox.service.js';
import { PortalSettingsService } from '../settings/portal-settings.service.js';
import type { FeedResultDto, FeedStatusDto } from './dto/news.dto.js';
import { fetchFeed } from './fetch-feed.js';
import { NewsFeed } from './news.entities.js';
import { parseNewsFeed, type ParsedFeed } from './parse.js';

/** One ingest pass at a time across all API instances (session-level advisory lock). */
const NEWS_LOCK = 7_311_402_4;
const CONCURRENCY = 2;
const MAX_REDIRECTS = 3;

/** Runs `work` over `values` with at most `limit` running at once; results keep the input order. */
export async function mapLimit<T, R>(values: T[], limit: number, work: (value: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(values.length);
  let next = 0;
  const lane = async () => {
    while (next < values.length) {
      const i = next++;
      results[i] = await work(values[i]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, values.length) }, lane));
  return results;
}

const message = (err: unknown) => (err instanceof Error ? err.message : String(err)).slice(0, 1000);

/**
 * Reads the news feeds configured in the portal settings (newsFeeds) every NEWS_INTERVAL_MS and
 * stores their items. Per feed: a conditional GET (ETag / Last-Modified), limits on time, size and
 * redirects (fetch-feed.ts), strict XML then a lenient parser (parse.ts), and an upsert by the
 * item's key in one transaction that also queues the changed items for the search index. A feed
 * that fails records its error in news_feeds and keeps every item it gave before.
 */
@Injectable()
export class NewsIngest extends IntervalJob<void> {
  protected readonly logger = new Logger('News');
  private readonly shutdown = new AbortController();

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly settings: PortalSettingsService,
    private readonly outbox: OutboxService,
  ) {
    super();
  }

  protected intervalMs(): number {
    return this.config.news.intervalMs;
  }

  // The first pass soon after start (a restart should not leave news a whole interval old).
  protected override firstDelayMs(): number {
    return Math.min(this.config.news.intervalMs, 30_000);
  }

  override async onModuleDestroy(): Promise<void> {
    this.shutdown.abort();
    await super.onModuleDestroy();
  }

  /** The scheduled pass. */
  async runOnce(): Promise<void> {
    if (!(await this.runPass())) this.logger.debug('news ingest skipped: another instance is running it');
  }

  /** The admin's "ingest now": 409 while a pass is running anywhere. */
  async ingestNow(): Promise<FeedResultDto[]> {
    const results = await this.runPass();
    if (!results) throw new ConflictException('A news ingest pass is running already; try again in a minute');
    return results;
  }

  /** One pass over every configured feed; null when another process holds the lock. */
  async runPass(): Promise<FeedResultDto[] | null> {
    // Nothing configured (the default): nothing to lock either.
    if (!(await this.settings.portal()).newsFeeds.length) return [];
    const runner = this.db.createQueryRunner();
    await runner.connect();
    try {
      const [{ locked }] = await runner.query('SELECT pg_try_advisory_lock($1) AS locked', [NEWS_LOCK]);
      if (!locked) return null;
      try {
        // Read again under the lock: the list may have changed while waiting for the connection.
        const urls = (await this.settings.portal()).newsFeeds;
        if (!urls.length) return [];
        const started = Date.now();
        this.logger.log(`reading ${urls.length} news feed(s)…`);
        const results = await mapLimit(urls, CONCURRENCY, (url) => this.ingestFeed(url));
        const failed = results.filter((r) => !r.ok).length;
        const sum = (key: 'added' | 'updated' | 'skipped') => results.reduce((n, r) => n + r[key], 0);
        this.logger.log(
          `news pass done in ${((Date.now() - started) / 1000).toFixed(1)} s: ${results.length - failed} feed(s) ok, ${failed} failed; ` +
            `${sum('added')} new, ${sum('updated')} updated, ${sum('skipped')} skipped item(s)`,
        );
        return results;
      } finally {
        await runner.query('SELECT pg_advisory_unlock($1)', [NEWS_LOCK]).catch(() => undefined);
      }
    } finally {
      await runner.release();
    }
  }

  /** Fetches, parses and stores one feed; never throws (the error goes to news_feeds and the result). */
  async ingestFeed(url: string): Promise<FeedResultDto> {
    const attemptAt = new Date();
    const none = { added: 0, updated: 0, unchanged: 0, skipped: 0 };
    try {
      const status = await this.db.getRepository(NewsFeed).findOne({ where: { url } });
      const fetched = await fetchFeed(
        url,
        { etag: status?.etag ?? null, lastModified: status?.lastModified ?? null },
        {
          timeoutMs: this.config.news.fetchTimeoutMs,
          maxBytes: this.config.news.maxFeedBytes,
          maxRedirects: MAX_REDIRECTS,
          userAgent: `InvestPortal/1.0 (+${this.config.publicUrl})`,
          signal: this.shutdown.signal,
        },
      );
      if (fetched.status === 'not-modified') {
        await this.recordSuccess(this.db.manager, url, attemptAt, status?.etag ?? null, status?.lastModified ?? null);
        this.logger.log(`${url}: not modified`);
        return { url, ok: true, notModified: true, ...none };
      }
      const parsed = parseNewsFeed(fetched.body, url, this.config.news.maxItemsPerFeed);
      const counts = await this.db.transaction(async (em) => {
        const stored = await this.store(em, url, parsed);
        await this.recordSuccess(em, url, attemptAt, fetched.etag, fetched.lastModified);
        return stored;
      });
      this.logger.log(`${url}: ${counts.added} new, ${counts.updated} updated, ${counts.unchanged} unchanged, ${counts.skipped} skipped`);
      return { url, ok: true, notModified: false, ...counts };
    } catch (err) {
      const error = message(err);
      await this.recordFailure(url, attemptAt, error).catch((e: unknown) => this.logger.error(`${url}: status not recorded: ${message(e)}`));
      this.logger.warn(`${url}: ${error}`);
      return { url, ok: false, notModified: false, ...none, error };
    }
  }

  /**
   * Upsert by key. An existing item is only updated by the feed it came from (the same link in two
   * feeds must not flip between their titles) and only when something changed; first_seen_at stays.
   */
  private async store(em: EntityManager, url: string, parsed: ParsedFeed): Promise<{ added: number; updated: number; unchanged: number; skipped: number }> {
    let added = 0;
    let updated = 0;
    const changed: string[] = [];
    // In key order: two feeds sharing links then lock rows in the same order and cannot deadlock.
    for (const item of [...parsed.items].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))) {
      const rows: { id: string; inserted: boolean }[] = await em.query(
        `INSERT INTO news_items (item_key, feed_url, source, link, title, summary, image_url, language, published_at, folded)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, coalesce($9::timestamptz, now()), $10)
         ON CONFLICT (item_key) DO UPDATE SET
           source = EXCLUDED.source, link = EXCLUDED.link, title = EXCLUDED.title, summary = EXCLUDED.summary,
           image_url = EXCLUDED.image_url, language = EXCLUDED.language,
           published_at = coalesce($9::timestamptz, news_items.published_at), folded = EXCLUDED.folded,
           updated_at = now(), version = news_items.version + 1
         WHERE news_items.feed_url = EXCLUDED.feed_url
           AND (news_items.source, news_items.link, news_items.title, news_items.summary, news_items.image_url, news_items.language, news_items.published_at)
               IS DISTINCT FROM (EXCLUDED.source, EXCLUDED.link, EXCLUDED.title, EXCLUDED.summary, EXCLUDED.image_url, EXCLUDED.language, coalesce($9::timestamptz, news_items.published_at))
         RETURNING id, (xmax = 0) AS inserted`,
        [item.key, url, parsed.source, item.link, item.title, item.summary, item.imageUrl, item.language, item.publishedAt, item.folded],
      );
      const row = rows[0];
      if (!row) continue;
      if (row.inserted) added++;
      else updated++;
      changed.push(row.id);
    }
    // Same transaction: the index learns about exactly what was committed.
    await this.outbox.enqueueMany(em, 'news', changed);
    return { added, updated, unchanged: parsed.items.length - added - updated, skipped: parsed.skipped };
  }

  private async recordSuccess(em: EntityManager, url: string, attemptAt: Date, etag: string | null, lastModified: string | null): Promise<void> {
    await em.query(
      `INSERT INTO news_feeds (url, last_attempt_at, last_success_at, last_error, item_count, etag, last_modified)
       VALUES ($1::varchar, $2, now(), NULL, (SELECT count(*) FROM news_items WHERE feed_url = $1::varchar), $3, $4)
       ON CONFLICT (url) DO UPDATE SET last_attempt_at = EXCLUDED.last_attempt_at, last_success_at = EXCLUDED.last_success_at,
         last_error = NULL, item_count = EXCLUDED.item_count, etag = EXCLUDED.etag, last_modified = EXCLUDED.last_modified`,
      [url, attemptAt, etag, lastModified],
    );
  }

  private async recordFailure(url: string, attemptAt: Date, error: string): Promise<void> {
    await this.db.query(
      `INSERT INTO news_feeds (url, last_attempt_at, last_error, item_count) VALUES ($1::varchar, $2, $3, (SELECT count(*) FROM news_items WHERE feed_url = $1::varchar))
       ON CONFLICT (url) DO UPDATE SET last_attempt_at = EXCLUDED.last_attempt_at, last_error = EXCLUDED.last_error, item_count = EXCLUDED.item_count`,
      [url, attemptAt, error],
    );
  }

  /** Status of the feeds configured now (rows of feeds removed from the settings stay, unlisted). */
  async statuses(): Promise<FeedStatusDto[]> {
    const urls = (await this.settings.portal()).newsFeeds;
    const rows = urls.length ? await this.db.getRepository(NewsFeed).find({ where: { url: In(urls) } }) : [];
    const byUrl = new Map(rows.map((r) => [r.url, r]));
    return urls.map((url) => {
      const r = byUrl.get(url);
      return {
        url,
        status: !r?.lastAttemptAt ? 'never' : r.lastError ? 'failing' : 'ok',
        lastAttemptAt: r?.lastAttemptAt?.toISOString() ?? null,
        lastSuccessAt: r?.lastSuccessAt?.toISOString() ?? null,
        lastError: r?.lastError ?? null,
        itemCount: r?.itemCount ?? 0,
      };
    });
  }
}
