import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { AppConfig } from '../config/config.js';
import { APP_CONFIG } from '../config/config.module.js';
import { toCsv } from './csv.js';
import type { FeedQueryDto } from './dto/feed-query.dto.js';
import { renderAtom, renderRss, type FeedItem } from './xml.js';

type Kind = 'projects' | 'policies';
type Bi = { vi: string; en: string | null };
interface Row {
  id: string;
  slug: string;
  code: string;
  title: Bi;
  summary: Bi;
  published_at: Date;
  updated_at: Date;
  sectors: Bi[] | null;
  lat?: number;
  lng?: number;
  area_ha?: string | null;
  capital_vnd?: string | null;
  status?: string;
  unit?: Bi;
  department: Bi;
}

const TITLES = {
  projects: { vi: 'Dự án kêu gọi đầu tư', en: 'Calls for investment' },
  policies: { vi: 'Chính sách ưu đãi đầu tư', en: 'Investment incentive policies' },
} as const;

/** Published items only, newest change first; the same filters as the public lists. */
@Injectable()
export class FeedsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async feed(kind: Kind, format: 'rss' | 'atom', q: FeedQueryDto): Promise<string> {
    const rows = await this.rows(kind, q, 50);
    const base = this.config.publicUrl;
    const host = new URL(base).hostname;
    const pick = (t: Bi) => (q.lang === 'en' && t.en) || t.vi;
    const items: FeedItem[] = rows.map((r) => ({
      id: `tag:${host},2026:${kind}/${r.id}`,
      title: pick(r.title),
      summary: pick(r.summary),
      url: `${base}/${q.lang}/${kind}/${r.slug}`,
      published: new Date(r.published_at),
      updated: new Date(r.updated_at),
      categories: (r.sectors ?? []).map(pick),
    }));
    const query = new URLSearchParams(Object.entries({ lang: q.lang, sector: q.sector, unit: q.unit, department: q.department }).filter(([, v]) => v) as [string, string][]);
    const channel = {
      title: `${TITLES[kind][q.lang]} — ${this.config.portal.name[q.lang]}`,
      description: TITLES[kind][q.lang],
      link: `${base}/${q.lang}/${kind}`,
      self: `${base}/feeds/${kind}.${format}?${query}`,
      lang: q.lang,
      updated: items.reduce((max, i) => (i.updated > max ? i.updated : max), new Date(0)),
    };
    return format === 'rss' ? renderRss(channel, items) : renderAtom(channel, items);
  }

  async geojson(q: FeedQueryDto): Promise<unknown> {
    const rows = await this.rows('projects', q, 100_000);
    const pick = (t: Bi) => (q.lang === 'en' && t.en) || t.vi;
    return {
      type: 'FeatureCollection',
      features: rows.map((r) => ({
        type: 'Feature',
        id: r.slug,
        // GeoJSON order: longitude, latitude (RFC 7946).
        geometry: { type: 'Point', coordinates: [r.lng, r.lat] },
        properties: {
          // Also here: many GIS tools drop the feature's top-level id when they import it.
          slug: r.slug,
          code: r.code,
          title: pick(r.title),
          status: r.status,
          url: `${this.config.publicUrl}/${q.lang}/projects/${r.slug}`,
          sectors: (r.sectors ?? []).map(pick),
          unit: r.unit ? pick(r.unit) : null,
          department: pick(r.department),
          areaHa: r.area_ha === null || r.area_ha === undefined ? null : Number(r.area_ha),
          capitalVnd: r.capital_vnd ?? null,
          publishedAt: new Date(r.published_at).toISOString(),
        },
      })),
    };
  }

  async csv(q: FeedQueryDto): Promise<string> {
    const rows = await this.rows('projects', q, 100_000);
    const pick = (t: Bi) => (q.lang === 'en' && t.en) || t.vi;
    const { vndPerUsd } = this.config.usdRate;
    return toCsv(
      ['code', 'title', 'status', 'sectors', 'unit', 'department', 'lat', 'lng', 'area_ha', 'capital_vnd', 'capital_usd', 'published_at', 'url'],
      rows.map((r) => [
        r.code,
        pick(r.title),
        r.status,
        (r.sectors ?? []).map(pick).join('; '),
        r.unit ? pick(r.unit) : '',
        pick(r.department),
        r.lat,
        r.lng,
        r.area_ha ?? '',
        r.capital_vnd ?? '',
        r.capital_vnd ? Math.round(Number(r.capital_vnd) / vndPerUsd) : '',
        new Date(r.published_at).toISOString(),
        `${this.config.publicUrl}/${q.lang}/projects/${r.slug}`,
      ]),
    );
  }

  private async rows(kind: Kind, q: FeedQueryDto, limit: number): Promise<Row[]> {
    const params: unknown[] = [];
    const where: string[] = [kind === 'projects' ? `p.status IN ('published', 'awarded')` : `p.status = 'published'`];
    const link = kind === 'projects' ? 'project_sectors' : 'policy_sectors';
    const fk = kind === 'projects' ? 'project_id' : 'policy_id';
    if (q.sector) {
      params.push(q.sector);
      where.push(`EXISTS (SELECT 1 FROM ${link} x JOIN sectors s ON s.id = x.sector_id WHERE x.${fk} = p.id AND s.code = $${params.length})`);
    }
    if (q.department) {
      params.push(q.department);
      where.push(`d.code = $${params.length}`);
    }
    if (q.unit) {
      params.push(q.unit);
      where.push(
        kind === 'projects'
          ? `u.code = $${params.length}`
          : `(NOT EXISTS (SELECT 1 FROM policy_units pu WHERE pu.policy_id = p.id) OR EXISTS (SELECT 1 FROM policy_units pu JOIN administrative_units au ON au.id = pu.unit_id WHERE pu.policy_id = p.id AND au.code = $${params.length}))`,
      );
    }
    const projectCols = kind === 'projects' ? `, p.lat, p.lng, p.area_ha, p.capital_vnd::text AS capital_vnd, p.status, jsonb_build_object('vi', u.name_vi, 'en', u.name_en) AS unit` : '';
    const unitJoin = kind === 'projects' ? 'JOIN administrative_units u ON u.id = p.unit_id' : '';
    return this.db.query(
      // The newest `limit` items first, by id only; the labels and sectors are then built for those
      // rows alone, not for every public item before the LIMIT (the feed was ~60 ms of PostgreSQL
      // CPU at 10,000 projects). The last change is never before publication: published_at comes from
      // the application's clock at publish time, updated_at from the database's, a few ms earlier.
      `WITH picked AS (
         SELECT p.id, p.code, GREATEST(p.updated_at, p.published_at) AS changed_at
           FROM ${kind} p JOIN departments d ON d.id = p.department_id ${unitJoin}
          WHERE ${where.join(' AND ')}
          ORDER BY changed_at DESC, p.code LIMIT ${limit})
       SELECT p.id, p.slug, p.code, p.title, p.summary, p.published_at, picked.changed_at AS updated_at,
              jsonb_build_object('vi', d.name_vi, 'en', d.name_en) AS department,
              (SELECT jsonb_agg(jsonb_build_object('vi', s.name_vi, 'en', s.name_en) ORDER BY s.code) FROM ${link} x JOIN sectors s ON s.id = x.sector_id WHERE x.${fk} = p.id) AS sectors
              ${projectCols}
         FROM picked JOIN ${kind} p ON p.id = picked.id JOIN departments d ON d.id = p.department_id ${unitJoin}
        ORDER BY picked.changed_at DESC, picked.code`,
      params,
    );
  }
}
