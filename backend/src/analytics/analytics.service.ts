import { ForbiddenException, Inject, Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { Actor } from '../common/access.js';
import { FieldError } from '../common/errors.js';
import type { Localized } from '../common/localized.js';
import type { RefDto } from '../common/refs.dto.js';
import { PUBLIC_STATUSES } from '../common/workflow.js';
import type { AppConfig } from '../config/config.js';
import { APP_CONFIG } from '../config/config.module.js';
import { toCsv } from '../feeds/csv.js';
import type { ViewKind } from './analytics.entities.js';
import { daySpan, daysBetween, isDay, localDay, TIME_ZONE } from './day.js';
import {
  PORTAL_TABLES,
  type AnalyticsSummaryDto,
  type ChannelUseDto,
  type DailyFiguresDto,
  type ItemInquiriesDto,
  type NoResultQueryDto,
  type QueryFiguresDto,
  type SummaryQueryDto,
  type SummaryTable,
  type TopItemDto,
} from './dto/summary.dto.js';
import { normaliseQuery } from './mask.js';
import { ReaderKeys, ViewWindow } from './readers.js';
import { AnalyticsRecorder } from './recorder.js';
import { CHANNELS, EMBED_KINDS, EXPORT_FILES, FEED_FILES, OEMBED_KEY } from './usage.js';
import { ignoredBecause, type IgnoredBecause } from './view-rules.js';

export const MAX_DAYS = 366;

export interface ViewInput {
  kind: ViewKind;
  slug: string;
  ip: string | undefined;
  userAgent: string | undefined;
  purpose: string | undefined;
  signedIn: boolean;
}

export type ViewOutcome = 'counted' | 'repeat' | IgnoredBecause;

interface Limits {
  top: number;
  noResults: number;
  inquiries: number;
}
const JSON_LIMITS: Limits = { top: 20, noResults: 50, inquiries: 100 };
const CSV_LIMITS: Limits = { top: 1000, noResults: 1000, inquiries: 1000 };
/** Distinct query texts read per summary before masking and merging (the most frequent first). */
const QUERY_GROUPS = 5000;

interface Period {
  from: string;
  to: string;
  department: RefDto | null;
}

type Row = Record<string, unknown>;

/** The start of a provincial day as an instant, in SQL, from a YYYY-MM-DD parameter. */
const dayStart = (param: string) => `(${param}::date::timestamp AT TIME ZONE '${TIME_ZONE}')`;
const dayEnd = (param: string) => `((${param}::date + 1)::timestamp AT TIME ZONE '${TIME_ZONE}')`;

@Injectable()
export class AnalyticsService {
  private readonly readers = new ReaderKeys();
  private readonly window: ViewWindow;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) config: AppConfig,
    private readonly recorder: AnalyticsRecorder,
  ) {
    this.window = new ViewWindow(config.analytics.viewWindowMinutes * 60_000);
  }

  /**
   * One view of a public project or policy page. 404 when no public item has this slug (whoever
   * asks); otherwise counted at most once per reader, item and window, and never for bots,
   * speculative loads, requests without a User-Agent or signed-in staff. `now` is for tests.
   */
  async recordView(input: ViewInput, now = new Date()): Promise<ViewOutcome> {
    const table = input.kind === 'project' ? 'projects' : 'policies';
    const [item] = (await this.db.query(`SELECT id FROM ${table} WHERE slug = $1 AND status = ANY($2)`, [input.slug, [...PUBLIC_STATUSES]])) as { id: string }[];
    if (!item) throw new NotFoundException(`No public ${input.kind} has the slug "${input.slug}"`);
    const ignored = ignoredBecause(input);
    if (ignored) return ignored;
    const day = localDay(now);
    const reader = this.readers.reader(day, input.ip ?? '', input.userAgent!.trim());
    // The day is part of the key: a window never runs over midnight, each day counts its readers.
    if (!this.window.admit(`${reader}|${input.kind}|${item.id}|${day}`, now.getTime())) return 'repeat';
    this.recorder.countView(day, input.kind, item.id);
    return 'counted';
  }

  async summary(actor: Actor, q: SummaryQueryDto): Promise<AnalyticsSummaryDto> {
    return this.build(await this.period(actor, q), JSON_LIMITS);
  }

  /** One table of the summary as CSV (UTF-8 with BOM), for spreadsheets. */
  async csv(actor: Actor, q: SummaryQueryDto): Promise<{ filename: string; body: string }> {
    if (!q.table) throw new FieldError('table', `name the table to download with format=csv`);
    const period = await this.period(actor, q);
    if (period.department && PORTAL_TABLES.includes(q.table)) {
      throw new FieldError('table', `${q.table} is about the whole portal: not available for one department`);
    }
    const s = await this.build(period, CSV_LIMITS);
    const suffix = period.department ? `-${period.department.code.toLowerCase()}` : '';
    return { filename: `analytics-${q.table}-${s.from}-${s.to}${suffix}.csv`, body: csvTable(q.table, s) };
  }

  private async period(actor: Actor, q: SummaryQueryDto): Promise<Period> {
    const department = await this.scope(actor, q.department);
    if (!isDay(q.from)) throw new FieldError('from', 'from must be a real date YYYY-MM-DD');
    if (!isDay(q.to)) throw new FieldError('to', 'to must be a real date YYYY-MM-DD');
    const span = daySpan(q.from, q.to);
    if (span < 1) throw new FieldError('to', 'to must not be before from');
    if (span > MAX_DAYS) throw new FieldError('to', `at most ${MAX_DAYS} days at a time`);
    return { from: q.from, to: q.to, department };
  }

  /** Officers: their own department, always. Editors and admins: the whole portal or the department asked for. */
  private async scope(actor: Actor, code: string | undefined): Promise<RefDto | null> {
    if (actor.role === 'officer') {
      if (!actor.departmentId) throw new ForbiddenException('Your account belongs to no department');
      const own = (await this.department('id = $1', actor.departmentId))!;
      if (code && code.toLowerCase() !== own.code.toLowerCase()) {
        throw new ForbiddenException("Officers may read their own department's analytics only");
      }
      return own;
    }
    if (!code) return null;
    const department = await this.department('lower(code) = lower($1)', code);
    if (!department) throw new FieldError('department', `no department has the code "${code}"`);
    return department;
  }

  private async department(where: string, value: string): Promise<RefDto | null> {
    const [d] = (await this.db.query(`SELECT id, code, name_vi, name_en FROM departments WHERE ${where}`, [value])) as Row[];
    return d ? { id: d.id as string, code: d.code as string, name: { vi: d.name_vi as string, en: d.name_en as string | null } } : null;
  }

  private async build(p: Period, limits: Limits): Promise<AnalyticsSummaryDto> {
    // This process's counts that are not written yet belong in what it reports.
    await this.recorder.flush();
    const dept = p.department?.id ?? null;
    const portal = dept === null;
    const [views, topProjects, topPolicies, inquiriesDaily, inquiries, searchesDaily, queries, channels] = await Promise.all([
      this.viewsDaily(p, dept),
      this.topItems('project', p, dept, limits.top),
      this.topItems('policy', p, dept, limits.top),
      this.inquiriesDaily(p, dept),
      this.inquiriesPerItem(p, dept, limits.inquiries),
      portal ? this.searchesDaily(p) : Promise.resolve(null),
      portal ? this.queries(p, limits) : Promise.resolve(null),
      portal ? this.channels(p) : Promise.resolve(null),
    ]);
    const daily: DailyFiguresDto[] = daysBetween(p.from, p.to).map((day) => ({
      day,
      projectViews: views.get(`${day}|project`) ?? 0,
      policyViews: views.get(`${day}|policy`) ?? 0,
      searches: searchesDaily ? (searchesDaily.get(day)?.searches ?? 0) : null,
      noResultSearches: searchesDaily ? (searchesDaily.get(day)?.noResults ?? 0) : null,
      inquiries: inquiriesDaily.get(day) ?? 0,
    }));
    const sum = (f: (d: DailyFiguresDto) => number | null) => daily.reduce((n, d) => n + (f(d) ?? 0), 0);
    return {
      from: p.from,
      to: p.to,
      timeZone: TIME_ZONE,
      department: p.department,
      totals: {
        projectViews: sum((d) => d.projectViews),
        policyViews: sum((d) => d.policyViews),
        searches: portal ? sum((d) => d.searches) : null,
        noResultSearches: portal ? sum((d) => d.noResultSearches) : null,
        inquiries: sum((d) => d.inquiries),
      },
      daily,
      topProjects,
      topPolicies,
      topQueries: queries?.top ?? null,
      noResultQueries: queries?.noResults ?? null,
      inquiries,
      channels,
    };
  }

  /** "day|kind" → views. Department: the item's current owner. */
  private async viewsDaily(p: Period, dept: string | null): Promise<Map<string, number>> {
    const rows = (await this.db.query(
      `SELECT to_char(v.day, 'YYYY-MM-DD') AS day, v.kind, sum(v.views)::int AS views
         FROM page_views_daily v
         LEFT JOIN projects pr ON v.kind = 'project' AND pr.id = v.item_id
         LEFT JOIN policies po ON v.kind = 'policy' AND po.id = v.item_id
        WHERE v.day BETWEEN $1::date AND $2::date
          AND ($3::uuid IS NULL OR coalesce(pr.department_id, po.department_id) = $3::uuid)
        GROUP BY 1, 2`,
      [p.from, p.to, dept],
    )) as Row[];
    return new Map(rows.map((r) => [`${r.day}|${r.kind}`, r.views as number]));
  }

  private async topItems(kind: ViewKind, p: Period, dept: string | null, limit: number): Promise<TopItemDto[]> {
    const table = kind === 'project' ? 'projects' : 'policies';
    const rows = (await this.db.query(
      `SELECT i.slug, i.title, i.status, d.id AS dept_id, d.code, d.name_vi, d.name_en, sum(v.views)::int AS views
         FROM page_views_daily v
         JOIN ${table} i ON i.id = v.item_id
         JOIN departments d ON d.id = i.department_id
        WHERE v.kind = $1 AND v.day BETWEEN $2::date AND $3::date
          AND ($4::uuid IS NULL OR i.department_id = $4::uuid)
        GROUP BY i.id, d.id
        ORDER BY views DESC, i.slug
        LIMIT $5`,
      [kind, p.from, p.to, dept, limit],
    )) as Row[];
    return rows.map((r) => ({ slug: r.slug as string, title: r.title as Localized, status: r.status as string, department: ref(r), views: r.views as number }));
  }

  /** Inquiries received per day, not spam; for a department, those it has to answer. */
  private async inquiriesDaily(p: Period, dept: string | null): Promise<Map<string, number>> {
    const rows = (await this.db.query(
      `SELECT to_char((created_at AT TIME ZONE '${TIME_ZONE}')::date, 'YYYY-MM-DD') AS day, count(*)::int AS n
         FROM inquiries
        WHERE created_at >= ${dayStart('$1')} AND created_at < ${dayEnd('$2')}
          AND status <> 'spam'
          AND ($3::uuid IS NULL OR department_id = $3::uuid)
        GROUP BY 1`,
      [p.from, p.to, dept],
    )) as Row[];
    return new Map(rows.map((r) => [r.day as string, r.n as number]));
  }

  private async inquiriesPerItem(p: Period, dept: string | null, limit: number): Promise<ItemInquiriesDto[]> {
    const rows = (await this.db.query(
      `SELECT CASE WHEN q.project_id IS NOT NULL THEN 'project' ELSE 'policy' END AS kind,
              coalesce(pr.slug, po.slug) AS slug, coalesce(pr.title, po.title) AS title,
              d.id AS dept_id, d.code, d.name_vi, d.name_en, count(*)::int AS n
         FROM inquiries q
         LEFT JOIN projects pr ON pr.id = q.project_id
         LEFT JOIN policies po ON po.id = q.policy_id
         JOIN departments d ON d.id = coalesce(pr.department_id, po.department_id)
        WHERE q.created_at >= ${dayStart('$1')} AND q.created_at < ${dayEnd('$2')}
          AND q.status <> 'spam'
          AND ($3::uuid IS NULL OR q.department_id = $3::uuid)
        GROUP BY 1, coalesce(pr.id, po.id), 2, 3, d.id
        ORDER BY n DESC, slug
        LIMIT $4`,
      [p.from, p.to, dept, limit],
    )) as Row[];
    return rows.map((r) => ({ kind: r.kind as ViewKind, slug: r.slug as string, title: r.title as Localized, department: ref(r), inquiries: r.n as number }));
  }

  /** Searches with a text (browsing the lists without one is not a search), per day. */
  private async searchesDaily(p: Period): Promise<Map<string, { searches: number; noResults: number }>> {
    const rows = (await this.db.query(
      `SELECT to_char((created_at AT TIME ZONE '${TIME_ZONE}')::date, 'YYYY-MM-DD') AS day,
              count(*)::int AS n, (count(*) FILTER (WHERE result_count = 0))::int AS none
         FROM search_queries
        WHERE created_at >= ${dayStart('$1')} AND created_at < ${dayEnd('$2')} AND query <> ''
        GROUP BY 1`,
      [p.from, p.to],
    )) as Row[];
    return new Map(rows.map((r) => [r.day as string, { searches: r.n as number, noResults: r.none as number }]));
  }

  /**
   * Search texts, grouped as shown: masked (so every e-mail address becomes one "[email]" entry)
   * after the log's own normalisation. Project and policy searches together.
   */
  private async queries(p: Period, limits: Limits): Promise<{ top: QueryFiguresDto[]; noResults: NoResultQueryDto[] }> {
    const rows = (await this.db.query(
      `SELECT query, count(*)::int AS n, max(created_at) AS last_seen,
              (count(*) FILTER (WHERE result_count = 0))::int AS none,
              max(created_at) FILTER (WHERE result_count = 0) AS last_none
         FROM search_queries
        WHERE created_at >= ${dayStart('$1')} AND created_at < ${dayEnd('$2')} AND query <> ''
        GROUP BY query
        ORDER BY n DESC, query
        LIMIT ${QUERY_GROUPS}`,
      [p.from, p.to],
    )) as { query: string; n: number; last_seen: Date; none: number; last_none: Date | null }[];
    const groups = new Map<string, { searches: number; lastSeen: Date; noResults: number; lastNone: Date | null }>();
    for (const r of rows) {
      const query = normaliseQuery(r.query);
      if (!query) continue;
      const g = groups.get(query) ?? { searches: 0, lastSeen: r.last_seen, noResults: 0, lastNone: null };
      g.searches += r.n;
      g.noResults += r.none;
      if (r.last_seen > g.lastSeen) g.lastSeen = r.last_seen;
      if (r.last_none && (!g.lastNone || r.last_none > g.lastNone)) g.lastNone = r.last_none;
      groups.set(query, g);
    }
    const all = [...groups];
    const byCount = <T>(n: (x: T) => number, q: (x: T) => string) => (a: T, b: T) => n(b) - n(a) || q(a).localeCompare(q(b));
    const top = all
      .map(([query, g]) => ({ query, searches: g.searches, noResults: g.noResults, lastSeen: g.lastSeen.toISOString() }))
      .sort(byCount((x) => x.searches, (x) => x.query))
      .slice(0, limits.top);
    const noResults = all
      .filter(([, g]) => g.noResults > 0 && g.lastNone)
      .map(([query, g]) => ({ query, searches: g.noResults, lastSeen: g.lastNone!.toISOString() }))
      .sort(byCount((x) => x.searches, (x) => x.query))
      .slice(0, limits.noResults);
    return { top, noResults };
  }

  /** Every channel use in the period; the fixed keys (widgets, feeds, exports, oEmbed) also when unused. */
  private async channels(p: Period): Promise<ChannelUseDto[]> {
    const rows = (await this.db.query(
      `SELECT channel, key, sum(count)::int AS n FROM usage_daily WHERE day BETWEEN $1::date AND $2::date GROUP BY 1, 2`,
      [p.from, p.to],
    )) as { channel: ChannelUseDto['channel']; key: string; n: number }[];
    const counts = new Map<string, ChannelUseDto>();
    const put = (channel: ChannelUseDto['channel'], key: string, count: number) => counts.set(`${channel}|${key}`, { channel, key, count });
    for (const kind of EMBED_KINDS) put('embed', kind, 0);
    for (const file of FEED_FILES) put('feed', file, 0);
    for (const file of EXPORT_FILES) put('export', file, 0);
    put('oembed', OEMBED_KEY, 0);
    for (const r of rows) if ((CHANNELS as readonly string[]).includes(r.channel)) put(r.channel, r.key, r.n);
    const order = (c: string) => CHANNELS.indexOf(c as ChannelUseDto['channel']);
    return [...counts.values()].sort((a, b) => order(a.channel) - order(b.channel) || b.count - a.count || a.key.localeCompare(b.key));
  }
}

function ref(r: Row): RefDto {
  return { id: r.dept_id as string, code: r.code as string, name: { vi: r.name_vi as string, en: r.name_en as string | null } };
}

/** The columns of each downloadable table; the same figures as the JSON. */
export function csvTable(table: SummaryTable, s: AnalyticsSummaryDto): string {
  switch (table) {
    case 'daily':
      return toCsv(
        ['day', 'project_views', 'policy_views', 'searches', 'no_result_searches', 'inquiries'],
        s.daily.map((d) => [d.day, d.projectViews, d.policyViews, d.searches, d.noResultSearches, d.inquiries]),
      );
    case 'top-projects':
    case 'top-policies':
      return toCsv(
        ['rank', 'slug', 'title_vi', 'title_en', 'status', 'department', 'views'],
        (table === 'top-projects' ? s.topProjects : s.topPolicies).map((t, i) => [i + 1, t.slug, t.title.vi, t.title.en, t.status, t.department.code, t.views]),
      );
    case 'top-queries':
      return toCsv(['query', 'searches', 'no_results', 'last_seen'], (s.topQueries ?? []).map((q) => [q.query, q.searches, q.noResults, q.lastSeen]));
    case 'no-result-queries':
      return toCsv(['query', 'searches', 'last_seen'], (s.noResultQueries ?? []).map((q) => [q.query, q.searches, q.lastSeen]));
    case 'inquiries':
      return toCsv(
        ['kind', 'slug', 'title_vi', 'title_en', 'department', 'inquiries'],
        s.inquiries.map((i) => [i.kind, i.slug, i.title.vi, i.title.en, i.department.code, i.inquiries]),
      );
    case 'channels':
      return toCsv(['channel', 'key', 'count'], (s.channels ?? []).map((c) => [c.channel, c.key, c.count]));
  }
}
