import { Inject, Injectable, Logger } from '@nestjs/common';
import { normaliseQuery } from '../analytics/mask.js';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  AREA_BANDS,
  CAPITAL_BANDS,
  LAND_STATUSES,
  type Band,
  buildNewsSearch,
  buildPolicySearch,
  buildProjectSearch,
  fold,
  INDEXES,
  POLICY_FACETS,
  PROJECT_FACETS,
  QueryError,
  searchText,
  type PolicyFacet,
  type PolicyQuery,
  type ProjectFacet,
  type ProjectQuery,
} from '@invest-portal/search';
import type { Hit, SearchResponse } from 'meilisearch';
import type { DataSource } from 'typeorm';
import { FieldError, isUnavailable } from '../common/errors.js';
import { escapeHtml } from '../common/text.js';
import { foldForMatch } from '../news/text.js';
import { SEARCH_READER, type SearchReader } from '../search-sync/search-client.module.js';
import type { FacetValueDto, MapPointsResultDto, ProjectHitDto, SearchProjectsQueryDto, SearchProjectsResultDto } from './dto/search-projects.dto.js';
import { SearchQueryLog } from './search-query.entity.js';
import type {
  NewsHitDto,
  PolicyHitDto,
  SearchNewsResultDto,
  SearchPoliciesQueryDto,
  SearchPoliciesResultDto,
  SiteSearchQueryDto,
  SiteSearchResultDto,
  SuggestQueryDto,
  SuggestResultDto,
} from './dto/search-other.dto.js';

const INCENTIVE_LABELS: Record<string, { vi: string; en: string }> = {
  corporate_income_tax: { vi: 'Thuế thu nhập doanh nghiệp', en: 'Corporate income tax' },
  import_duty: { vi: 'Thuế nhập khẩu', en: 'Import duty' },
  land_rent: { vi: 'Tiền thuê đất', en: 'Land rent' },
  land_use_fee: { vi: 'Tiền sử dụng đất', en: 'Land use fee' },
  investment_support: { vi: 'Hỗ trợ đầu tư', en: 'Investment support' },
  credit: { vi: 'Tín dụng', en: 'Credit' },
  training: { vi: 'Đào tạo', en: 'Training' },
  infrastructure: { vi: 'Hạ tầng', en: 'Infrastructure' },
  other: { vi: 'Khác', en: 'Other' },
};

const STATUS_LABELS: Record<string, { vi: string; en: string }> = {
  published: { vi: 'Đang kêu gọi đầu tư', en: 'Open for investment' },
  awarded: { vi: 'Đã có nhà đầu tư', en: 'Investor selected' },
};
const collator = new Intl.Collator('vi');
/** Points a map can draw (clustered) without slowing a phone down. */
export const MAP_POINT_LIMIT = 5000;
// Rare control characters as highlight markers: the text is HTML-escaped first, then they become <mark>.
const PRE = '\u0001';
const POST = '\u0002';

type Labels = Record<ProjectFacet | 'incentive', Map<string, { vi: string; en: string | null }>>;

@Injectable()
export class SearchApiService {
  private readonly logger = new Logger('Search');
  private labelCache: { at: number; labels: Labels } | undefined;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(SEARCH_READER) private readonly search: SearchReader,
  ) {}

  async searchProjects(dto: SearchProjectsQueryDto): Promise<SearchProjectsResultDto> {
    const query = toQuery(dto);
    let result: SearchProjectsResultDto;
    try {
      result = await this.fromMeilisearch(query);
    } catch (err) {
      if (err instanceof QueryError) throw new FieldError(err.field, err.message);
      if (!isUnavailable(err)) throw err;
      this.logger.warn(`Meilisearch unavailable, answering from PostgreSQL: ${err instanceof Error ? err.message : String(err)}`);
      result = await this.fromPostgres(query);
    }
    void this.logQuery('projects', query, result.total, result.degraded);
    return result;
  }

  async searchPolicies(dto: SearchPoliciesQueryDto): Promise<SearchPoliciesResultDto> {
    const list = (v?: string) => (v ? [...new Set(v.split(','))] : undefined);
    const query: PolicyQuery = {
      q: dto.q ?? '',
      lang: dto.lang,
      filters: { sector: list(dto.sector), unit: list(dto.unit), department: list(dto.department), incentive: list(dto.incentive) },
      sort: dto.sort,
      page: dto.page,
      pageSize: dto.pageSize,
    };
    let result: SearchPoliciesResultDto;
    try {
      result = await this.policiesFromMeilisearch(query);
    } catch (err) {
      if (err instanceof QueryError) throw new FieldError(err.field, err.message);
      if (!isUnavailable(err)) throw err;
      this.logger.warn(`Meilisearch unavailable, answering from PostgreSQL: ${err instanceof Error ? err.message : String(err)}`);
      result = await this.policiesFromPostgres(query);
    }
    void this.logQuery('policies', { q: query.q, lang: query.lang, filters: query.filters as ProjectQuery['filters'] }, result.total, result.degraded);
    return result;
  }

  /**
   * Every matching project as a map point (the list pages, the map shows them all). Capped at
   * MAP_POINT_LIMIT; `total` says how many matched so the page can tell when points are missing.
   */
  async mapPoints(dto: SearchProjectsQueryDto): Promise<MapPointsResultDto> {
    const query = { ...toQuery(dto), page: 1, pageSize: MAP_POINT_LIMIT };
    const title = (vi: unknown, en: unknown) => String((query.lang === 'en' && en) || vi);
    try {
      const built = buildProjectSearch(INDEXES.project.uid, query);
      const { results } = await this.search.multiSearch({
        queries: [{ indexUid: built.main.indexUid, q: built.main.q, filter: built.main.filter, matchingStrategy: 'last', limit: MAP_POINT_LIMIT, attributesToRetrieve: ['slug', 'title_vi', 'title_en', '_geo'] }],
      });
      const main = results[0] as SearchResponse<Record<string, unknown>>;
      return {
        points: main.hits.map((h) => ({ slug: String(h.slug), title: title(h.title_vi, h.title_en), lat: (h._geo as { lat: number }).lat, lng: (h._geo as { lng: number }).lng })),
        total: main.estimatedTotalHits ?? main.hits.length,
        degraded: false,
      };
    } catch (err) {
      if (err instanceof QueryError) throw new FieldError(err.field, err.message);
      if (!isUnavailable(err)) throw err;
      const { from, params } = this.projectWhere(query);
      const [{ total }] = await this.db.query(`SELECT count(*)::int AS total ${from}`, params);
      const rows: { slug: string; title: { vi: string; en: string | null }; lat: number; lng: number }[] = await this.db.query(
        `SELECT p.slug, p.title, p.lat, p.lng ${from} ORDER BY p.published_at DESC NULLS LAST, p.code LIMIT ${MAP_POINT_LIMIT}`,
        params,
      );
      return { points: rows.map((r) => ({ slug: r.slug, title: title(r.title.vi, r.title.en), lat: r.lat, lng: r.lng })), total, degraded: true };
    }
  }

  /** Search-as-you-type: a few titles from both indexes. */
  async suggest(dto: SuggestQueryDto): Promise<SuggestResultDto> {
    const lang = dto.lang;
    const q = searchText(dto.q);
    const pickTitle = (h: Record<string, unknown>) => String((lang === 'en' && h.title_en) || h.title_vi);
    try {
      const { results } = await this.search.multiSearch({
        queries: (['project', 'policy'] as const).map((t) => ({
          indexUid: INDEXES[t].uid,
          q,
          limit: 5,
          matchingStrategy: 'last' as const,
          attributesToRetrieve: ['slug', 'title_vi', 'title_en', 'type'],
        })),
      });
      return {
        suggestions: results.flatMap((r) => r.hits.map((h) => ({ type: h.type as 'project' | 'policy', slug: String(h.slug), title: pickTitle(h) }))),
        degraded: false,
      };
    } catch (err) {
      if (!isUnavailable(err)) throw err;
      const like = `%${fold(dto.q.trim()).toLowerCase().replace(/[%_\\]/g, (c) => `\\${c}`)}%`;
      const rows: { type: 'project' | 'policy'; slug: string; title: { vi: string; en: string | null } }[] = await this.db.query(
        `(SELECT 'project' AS type, slug, title FROM projects WHERE status IN ('published', 'awarded') AND unaccent(lower(concat_ws(' ', title->>'vi', title->>'en'))) LIKE unaccent($1) LIMIT 5)
         UNION ALL
         (SELECT 'policy' AS type, slug, title FROM policies WHERE status = 'published' AND unaccent(lower(concat_ws(' ', title->>'vi', title->>'en'))) LIKE unaccent($1) LIMIT 5)`,
        [like],
      );
      return { suggestions: rows.map((r) => ({ type: r.type, slug: r.slug, title: lang === 'en' && r.title.en ? r.title.en : r.title.vi })), degraded: true };
    }
  }

  /** The site search box: the first page of each kind. */
  async searchSite(dto: SiteSearchQueryDto): Promise<SiteSearchResultDto> {
    const [projects, policies, news] = await Promise.all([
      this.searchProjects({ q: dto.q, lang: dto.lang, page: 1, pageSize: 10, sort: 'relevance' } as SearchProjectsQueryDto),
      this.searchPolicies({ q: dto.q, lang: dto.lang, page: 1, pageSize: 10, sort: 'relevance' } as SearchPoliciesQueryDto),
      this.searchNews(dto.q, dto.lang, 10),
    ]);
    return { projects, policies, news };
  }

  /** News of the main portal: every language (news is not translated; each hit says its language). */
  async searchNews(q: string, lang: 'vi' | 'en', limit: number): Promise<SearchNewsResultDto> {
    try {
      const { results } = await this.search.multiSearch({ queries: [buildNewsSearch(INDEXES.news.uid, { q, limit })] });
      const main = results[0] as SearchResponse<Record<string, unknown>>;
      return {
        q,
        lang,
        hits: main.hits.map((h): NewsHitDto => {
          const f = (h._formatted ?? {}) as Record<string, unknown>;
          return {
            id: String(h.db_id),
            title: String(h.title ?? ''),
            titleHighlighted: marked(String(f.title ?? h.title ?? '')),
            snippet: marked(String(f.summary ?? '')),
            link: (h.link as string | null) ?? null,
            source: String(h.source ?? ''),
            imageUrl: (h.image_url as string | null) ?? null,
            language: h.language === 'en' ? 'en' : 'vi',
            publishedAt: new Date(Number(h.published_at) * 1000).toISOString(),
          };
        }),
        total: main.estimatedTotalHits ?? main.totalHits ?? main.hits.length,
        degraded: false,
      };
    } catch (err) {
      // A missing news index (Meilisearch was down when the API started) degrades this group only.
      const missingIndex = (err as { cause?: { code?: string } })?.cause?.code === 'index_not_found';
      if (!isUnavailable(err) && !missingIndex) throw err;
      return this.newsFromPostgres(q, lang, limit);
    }
  }

  private async newsFromPostgres(q: string, lang: 'vi' | 'en', limit: number): Promise<SearchNewsResultDto> {
    const text = foldForMatch(q);
    const where = text ? `WHERE (' ' || folded || ' ') LIKE '%' || $1 || '%'` : '';
    const params = text ? [text] : [];
    const [{ total }] = await this.db.query(`SELECT count(*)::int AS total FROM news_items ${where}`, params);
    const rows: { id: string; title: string; summary: string; link: string | null; source: string; image_url: string | null; language: 'vi' | 'en'; published_at: Date }[] =
      await this.db.query(
        `SELECT id, title, summary, link, source, image_url, language, published_at FROM news_items ${where} ORDER BY published_at DESC, id LIMIT ${limit}`,
        params,
      );
    return {
      q,
      lang,
      hits: rows.map((r) => ({
        id: r.id,
        title: r.title,
        titleHighlighted: escapeHtml(r.title),
        snippet: '',
        link: r.link,
        source: r.source,
        imageUrl: r.image_url,
        language: r.language,
        publishedAt: new Date(r.published_at).toISOString(),
      })),
      total,
      degraded: true,
    };
  }

  private async policiesFromMeilisearch(query: PolicyQuery): Promise<SearchPoliciesResultDto> {
    const built = buildPolicySearch(INDEXES.policy.uid, query);
    const { results } = await this.search.multiSearch({ queries: [built.main, ...built.facetQueries.map((f) => f.query)] });
    const main = results[0] as SearchResponse<Record<string, unknown>>;
    const distribution: Record<string, Record<string, number>> = { ...(main.facetDistribution ?? {}) };
    built.facetQueries.forEach((f, i) => {
      distribution[POLICY_FACETS[f.facet]] = results[i + 1]?.facetDistribution?.[POLICY_FACETS[f.facet]] ?? {};
    });
    const labels = await this.labels();
    const lang = query.lang;
    const values = (facet: PolicyFacet): FacetValueDto[] =>
      Object.entries(distribution[POLICY_FACETS[facet]] ?? {})
        .map(([code, count]) => {
          const l = facet === 'incentive' ? INCENTIVE_LABELS[code] : labels[facet].get(code);
          return { code, count, label: l ? (lang === 'en' && l.en ? l.en : l.vi) : code };
        })
        .sort((a, b) => collator.compare(a.label, b.label));
    return {
      q: query.q,
      lang,
      hits: main.hits.map((h): PolicyHitDto => {
        const en = lang === 'en' && Boolean(h.title_en);
        const f = (h._formatted ?? {}) as Record<string, unknown>;
        const field = (name: string) => (en && h[`${name}_en`] ? `${name}_en` : `${name}_vi`);
        return {
          slug: String(h.slug),
          code: String(h.code),
          title: String(h[field('title')] ?? ''),
          summary: String(h[field('summary')] ?? ''),
          titleHighlighted: marked(String(f[field('title')] ?? h[field('title')] ?? '')),
          snippet: marked(String(f[field('body')] ?? '')),
          legalNumber: String(h.legal_number),
          incentiveTypes: (h.incentive_types as string[]) ?? [],
          translated: lang === 'vi' || en,
        };
      }),
      total: main.totalHits ?? main.estimatedTotalHits ?? 0,
      page: query.page,
      pageSize: query.pageSize,
      facets: { sector: values('sector'), unit: values('unit'), department: values('department'), incentive: values('incentive') },
      degraded: false,
    };
  }

  private async policiesFromPostgres(query: PolicyQuery): Promise<SearchPoliciesResultDto> {
    const where = [`p.status = 'published'`];
    const params: unknown[] = [];
    const add = (sql: (n: string) => string, value: unknown) => {
      params.push(value);
      where.push(sql(`$${params.length}`));
    };
    if (query.q.trim()) {
      add(
        (n) => `unaccent(lower(concat_ws(' ', p.title->>'vi', p.title->>'en', p.summary->>'vi', p.summary->>'en', p.legal_number, p.code))) LIKE '%' || unaccent(lower(${n})) || '%'`,
        fold(query.q.trim()).toLowerCase().replace(/[%_\\]/g, (c) => `\\${c}`),
      );
    }
    if (query.filters.incentive?.length) add((n) => `p.incentive_types && ${n}::varchar[]`, query.filters.incentive);
    if (query.filters.department?.length) add((n) => `d.code = ANY(${n})`, query.filters.department);
    if (query.filters.sector?.length) add((n) => `EXISTS (SELECT 1 FROM policy_sectors ps JOIN sectors s ON s.id = ps.sector_id WHERE ps.policy_id = p.id AND s.code = ANY(${n}))`, query.filters.sector);
    if (query.filters.unit?.length) {
      add(
        (n) => `(NOT EXISTS (SELECT 1 FROM policy_units pu WHERE pu.policy_id = p.id) OR EXISTS (SELECT 1 FROM policy_units pu JOIN administrative_units u ON u.id = pu.unit_id WHERE pu.policy_id = p.id AND u.code = ANY(${n})))`,
        query.filters.unit,
      );
    }
    const from = `FROM policies p JOIN departments d ON d.id = p.department_id WHERE ${where.join(' AND ')}`;
    const [{ total }] = await this.db.query(`SELECT count(*)::int AS total ${from}`, params);
    const rows = await this.db.query(
      `SELECT p.slug, p.code, p.title, p.summary, p.legal_number, p.incentive_types ${from} ORDER BY p.published_at DESC NULLS LAST, p.code LIMIT ${query.pageSize} OFFSET ${(query.page - 1) * query.pageSize}`,
      params,
    );
    const lang = query.lang;
    const pickText = (v: { vi: string; en: string | null }) => (lang === 'en' && v.en ? v.en : v.vi);
    return {
      q: query.q,
      lang,
      hits: rows.map((r: Record<string, any>) => ({
        slug: r.slug,
        code: r.code,
        title: pickText(r.title),
        summary: pickText(r.summary),
        titleHighlighted: escapeHtml(pickText(r.title)),
        snippet: '',
        legalNumber: r.legal_number,
        incentiveTypes: r.incentive_types,
        translated: lang === 'vi' || Boolean(r.title.en),
      })),
      total,
      page: query.page,
      pageSize: query.pageSize,
      facets: { sector: [], unit: [], department: [], incentive: [] },
      degraded: true,
    };
  }

  private async fromMeilisearch(query: ProjectQuery): Promise<SearchProjectsResultDto> {
    const built = buildProjectSearch(INDEXES.project.uid, query);
    const { results } = await this.search.multiSearch({ queries: [built.main, ...built.facetQueries.map((f) => f.query)] });
    const main = results[0] as SearchResponse<Record<string, unknown>>;
    const distribution: Record<string, Record<string, number>> = { ...(main.facetDistribution ?? {}) };
    built.facetQueries.forEach((f, i) => {
      const attr = PROJECT_FACETS[f.facet];
      distribution[attr] = results[i + 1]?.facetDistribution?.[attr] ?? {};
    });
    const labels = await this.labels();
    return {
      q: query.q,
      lang: query.lang,
      hits: main.hits.map((h) => this.toHit(h, query, labels)),
      total: main.totalHits ?? main.estimatedTotalHits ?? 0,
      page: query.page,
      pageSize: query.pageSize,
      facets: this.facets(distribution, labels, query.lang),
      degraded: false,
    };
  }

  private toHit(h: Hit<Record<string, unknown>>, query: ProjectQuery, labels: Labels): ProjectHitDto {
    const lang = query.lang;
    const en = lang === 'en' && Boolean(h.title_en);
    const f = (h._formatted ?? {}) as Record<string, unknown>;
    const field = (name: string) => (en && h[`${name}_en`] ? `${name}_en` : `${name}_vi`);
    const label = (facet: ProjectFacet, code: string) => {
      const l = labels[facet].get(code);
      return l ? (lang === 'en' && l.en ? l.en : l.vi) : code;
    };
    return {
      slug: String(h.slug),
      code: String(h.code),
      status: String(h.status),
      title: String(h[field('title')] ?? ''),
      summary: String(h[field('summary')] ?? ''),
      titleHighlighted: marked(String(f[field('title')] ?? h[field('title')] ?? '')),
      snippet: marked(String(f[field('description')] ?? '')),
      sectors: ((h.sector_codes as string[]) ?? []).map((c) => label('sector', c)),
      unit: label('unit', String(h.unit_code)),
      department: label('department', String(h.department_code)),
      lat: (h._geo as { lat: number }).lat,
      lng: (h._geo as { lng: number }).lng,
      capitalVnd: (h.capital_vnd as number | null) ?? null,
      areaHa: (h.area_ha as number | null) ?? null,
      distanceM: typeof h._geoDistance === 'number' ? h._geoDistance : null,
      translated: lang === 'vi' || en,
    };
  }

  private facets(distribution: Record<string, Record<string, number>>, labels: Labels, lang: 'vi' | 'en'): SearchProjectsResultDto['facets'] {
    const values = (facet: ProjectFacet): FacetValueDto[] =>
      Object.entries(distribution[PROJECT_FACETS[facet]] ?? {})
        .map(([code, count]) => {
          const l = facet === 'status' ? STATUS_LABELS[code] : labels[facet].get(code);
          return { code, count, label: l ? (lang === 'en' && l.en ? l.en : l.vi) : code };
        })
        // Vietnamese alphabetical order ("Đ" after "D"), not byte order.
        .sort((a, b) => collator.compare(a.label, b.label));
    const byBand = (bands: readonly Band[]) => (a: FacetValueDto, b: FacetValueDto) =>
      bands.findIndex((x) => x.code === a.code) - bands.findIndex((x) => x.code === b.code);
    return {
      sector: values('sector'),
      unit: values('unit'),
      department: values('department'),
      form: values('form'),
      // Ranges read small to large, not alphabetically.
      land: values('land'),
      capital: values('capital').sort(byBand(CAPITAL_BANDS)),
      area: values('area').sort(byBand(AREA_BANDS)),
      status: values('status'),
    };
  }

  /** Taxonomy labels by code, refreshed every minute (admins rarely rename terms). */
  private async labels(): Promise<Labels> {
    if (this.labelCache && Date.now() - this.labelCache.at < 60_000) return this.labelCache.labels;
    const load = async (table: string) => {
      const rows: { code: string; name_vi: string; name_en: string | null }[] = await this.db.query(`SELECT code, name_vi, name_en FROM ${table}`);
      return new Map(rows.map((r) => [r.code, { vi: r.name_vi, en: r.name_en }]));
    };
    const labels: Labels = {
      sector: await load('sectors'),
      unit: await load('administrative_units'),
      department: await load('departments'),
      form: await load('investment_forms'),
      status: new Map(Object.entries(STATUS_LABELS)),
      land: new Map(Object.entries(LAND_STATUSES)),
      capital: bandLabels(CAPITAL_BANDS),
      area: bandLabels(AREA_BANDS),
      incentive: new Map(Object.entries(INCENTIVE_LABELS)),
    };
    this.labelCache = { at: Date.now(), labels };
    return labels;
  }

  /** WHERE clause of the degraded (PostgreSQL) project search: the same filters as Meilisearch's. */
  private projectWhere(query: ProjectQuery): { from: string; params: unknown[] } {
    const where: string[] = [`p.status = ANY($1)`];
    const params: unknown[] = [query.filters.status?.length ? query.filters.status : ['published', 'awarded']];
    const add = (sql: (n: string) => string, value: unknown) => {
      params.push(value);
      where.push(sql(`$${params.length}`));
    };
    if (query.q.trim()) {
      add(
        (n) => `unaccent(lower(concat_ws(' ', p.title->>'vi', p.title->>'en', p.summary->>'vi', p.summary->>'en', p.code, p.description->>'vi', p.description->>'en'))) LIKE '%' || unaccent(lower(${n})) || '%'`,
        fold(query.q.trim()).toLowerCase().replace(/[%_\\]/g, (c) => `\\${c}`),
      );
    }
    if (query.filters.sector?.length) add((n) => `EXISTS (SELECT 1 FROM project_sectors ps JOIN sectors s ON s.id = ps.sector_id WHERE ps.project_id = p.id AND s.code = ANY(${n}))`, query.filters.sector);
    if (query.filters.unit?.length) add((n) => `u.code = ANY(${n})`, query.filters.unit);
    if (query.filters.department?.length) add((n) => `d.code = ANY(${n})`, query.filters.department);
    if (query.filters.form?.length) add((n) => `f.code = ANY(${n})`, query.filters.form);
    if (query.filters.land?.length) add((n) => `p.land_status_kind = ANY(${n})`, query.filters.land);
    const bandSql = (column: string, bands: readonly Band[], codes: string[] | undefined) => {
      if (!codes?.length) return;
      const clauses = bands
        .filter((b) => codes.includes(b.code))
        .map((b) => {
          const parts: string[] = [`${column} IS NOT NULL`];
          if (b.min !== null) {
            params.push(b.min);
            parts.push(`${column} >= $${params.length}`);
          }
          if (b.max !== null) {
            params.push(b.max);
            parts.push(`${column} < $${params.length}`);
          }
          return `(${parts.join(' AND ')})`;
        });
      where.push(clauses.length ? `(${clauses.join(' OR ')})` : 'false');
    };
    bandSql('p.capital_vnd', CAPITAL_BANDS, query.filters.capital);
    bandSql('p.area_ha', AREA_BANDS, query.filters.area);
    if (query.capital?.min !== undefined) add((n) => `p.capital_vnd >= ${n}`, query.capital.min);
    if (query.capital?.max !== undefined) add((n) => `p.capital_vnd <= ${n}`, query.capital.max);
    if (query.area?.min !== undefined) add((n) => `p.area_ha >= ${n}`, query.area.min);
    if (query.area?.max !== undefined) add((n) => `p.area_ha <= ${n}`, query.area.max);
    if (query.bbox) {
      const [west, south, east, north] = query.bbox;
      add((n) => `p.lng >= ${n}`, west);
      add((n) => `p.lat >= ${n}`, south);
      add((n) => `p.lng <= ${n}`, east);
      add((n) => `p.lat <= ${n}`, north);
    }
    if (query.near) {
      params.push(query.near.lat, query.near.lng, query.near.km * 1000);
      const [lat, lng, m] = [params.length - 2, params.length - 1, params.length];
      where.push(
        `2 * 6371000 * asin(sqrt(power(sin(radians(p.lat - $${lat}) / 2), 2) + cos(radians($${lat})) * cos(radians(p.lat)) * power(sin(radians(p.lng - $${lng}) / 2), 2))) <= $${m}`,
      );
    }
    const from = `FROM projects p JOIN administrative_units u ON u.id = p.unit_id JOIN departments d ON d.id = p.department_id LEFT JOIN investment_forms f ON f.id = p.investment_form_id WHERE ${where.join(' AND ')}`;
    return { from, params };
  }

  /**
   * Degraded mode: accent-insensitive matching in PostgreSQL (unaccent), the same filters, newest
   * first, no facet counts. Good enough to keep the portal answering while Meilisearch is down.
   */
  private async fromPostgres(query: ProjectQuery): Promise<SearchProjectsResultDto> {
    const { from, params } = this.projectWhere(query);
    const [{ total }] = await this.db.query(`SELECT count(*)::int AS total ${from}`, params);
    const rows = await this.db.query(
      `SELECT p.slug, p.code, p.status, p.title, p.summary, p.lat, p.lng, p.capital_vnd, p.area_ha, u.code AS unit_code, d.code AS department_code,
              (SELECT array_agg(s.code ORDER BY s.code) FROM project_sectors ps JOIN sectors s ON s.id = ps.sector_id WHERE ps.project_id = p.id) AS sector_codes
         ${from} ORDER BY p.published_at DESC NULLS LAST, p.code LIMIT ${query.pageSize} OFFSET ${(query.page - 1) * query.pageSize}`,
      params,
    );
    const labels = await this.labels();
    const lang = query.lang;
    const pickText = (v: { vi: string; en: string | null }) => (lang === 'en' && v.en ? v.en : v.vi);
    const label = (facet: ProjectFacet, code: string) => {
      const l = labels[facet].get(code);
      return l ? (lang === 'en' && l.en ? l.en : l.vi) : code;
    };
    return {
      q: query.q,
      lang,
      hits: rows.map((r: Record<string, any>) => ({
        slug: r.slug,
        code: r.code,
        status: r.status,
        title: pickText(r.title),
        summary: pickText(r.summary),
        titleHighlighted: escapeHtml(pickText(r.title)),
        snippet: '',
        sectors: (r.sector_codes ?? []).map((c: string) => label('sector', c)),
        unit: label('unit', r.unit_code),
        department: label('department', r.department_code),
        lat: r.lat,
        lng: r.lng,
        capitalVnd: r.capital_vnd === null ? null : Number(r.capital_vnd),
        areaHa: r.area_ha === null ? null : Number(r.area_ha),
        distanceM: null,
        translated: lang === 'vi' || Boolean(r.title.en),
      })),
      total,
      page: query.page,
      pageSize: query.pageSize,
      facets: { sector: [], unit: [], department: [], form: [], land: [], capital: [], area: [], status: [] },
      degraded: true,
    };
  }

  private async logQuery(indexName: string, query: Pick<ProjectQuery, 'q' | 'lang' | 'filters' | 'capital' | 'area' | 'bbox' | 'near'>, resultCount: number, degraded: boolean): Promise<void> {
    try {
      await this.db.getRepository(SearchQueryLog).insert({
        indexName,
        // Masked before it is stored: people type their own e-mail or phone number into search boxes.
        query: normaliseQuery(query.q).slice(0, 200),
        filters: {
          ...query.filters,
          ...(query.capital ? { capital: query.capital } : {}),
          ...(query.area ? { area: query.area } : {}),
          ...(query.bbox ? { bbox: true } : {}),
          ...(query.near ? { near: true } : {}),
        },
        resultCount,
        lang: query.lang,
        degraded,
      });
    } catch (err) {
      this.logger.warn(`query log not written: ${err instanceof Error ? err.message : String(err)}`);
    }
  }
}

function toQuery(dto: SearchProjectsQueryDto): ProjectQuery {
  const list = (v?: string) => (v ? [...new Set(v.split(','))] : undefined);
  const nums = (v: string) => v.split(',').map(Number);
  const near = dto.near ? nums(dto.near) : undefined;
  const range = (min?: number, max?: number) => (min === undefined && max === undefined ? undefined : { min, max });
  return {
    q: dto.q ?? '',
    lang: dto.lang,
    filters: {
      sector: list(dto.sector),
      unit: list(dto.unit),
      department: list(dto.department),
      form: list(dto.form),
      land: list(dto.land),
      capital: list(dto.capital),
      area: list(dto.area),
      status: list(dto.status),
    },
    capital: range(dto.capitalMin, dto.capitalMax),
    area: range(dto.areaMin, dto.areaMax),
    bbox: dto.bbox ? (nums(dto.bbox) as [number, number, number, number]) : undefined,
    near: near ? { lat: near[0]!, lng: near[1]!, km: near[2]! } : undefined,
    sort: dto.sort,
    page: dto.page,
    pageSize: dto.pageSize,
  };
}

function bandLabels(bands: readonly Band[]): Map<string, { vi: string; en: string }> {
  return new Map(bands.map((b) => [b.code, b.label]));
}

/** Escapes the text, then turns the highlight markers into <mark>: nothing else can become markup. */
function marked(text: string): string {
  return escapeHtml(text).replaceAll(PRE, '<mark>').replaceAll(POST, '</mark>');
}
