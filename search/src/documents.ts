import { AREA_BANDS, bandOf, CAPITAL_BANDS } from './bands.js';
import { fold, toneSpelling } from './vietnamese.js';

/** Text in both languages as the database holds it: English is null until translated. */
export interface Bilingual {
  vi: string;
  en: string | null;
}

export interface TermSource {
  code: string;
  name: Bilingual;
}

/** What the mapper needs of a project row (only published, public fields ever get here). */
export interface ProjectSource {
  id: string;
  code: string;
  slug: string;
  status: string;
  version: number;
  title: Bilingual;
  summary: Bilingual;
  description: Bilingual;
  sectors: TermSource[];
  unit: TermSource;
  department: TermSource;
  investmentForm: TermSource | null;
  lat: number;
  lng: number;
  areaHa: number | null;
  capitalVnd: string | null;
  /** One of LAND_STATUS_KINDS, or null when the department has not said. */
  landStatusKind: string | null;
  featured: boolean;
  publishedAt: Date | null;
  lastVerifiedAt: Date | null;
}

export interface PolicySource {
  id: string;
  code: string;
  slug: string;
  status: string;
  version: number;
  title: Bilingual;
  summary: Bilingual;
  /** Sanitised HTML: tags are stripped for indexing. */
  body: Bilingual;
  legalNumber: string;
  incentiveTypes: string[];
  sectors: TermSource[];
  units: TermSource[];
  department: TermSource;
  publishedAt: Date | null;
}

/** A news item of the provincial portal's feeds: everything in it is public. */
export interface NewsSource {
  id: string;
  version: number;
  title: string;
  summary: string;
  link: string | null;
  source: string;
  imageUrl: string | null;
  language: 'vi' | 'en';
  publishedAt: Date;
}

export type DocType = 'project' | 'policy' | 'news';

/** Document ids: `<type>-<uuid>`, unique across indexes and valid for Meilisearch ([A-Za-z0-9_-]). */
export function documentId(type: DocType, id: string): string {
  return `${type}-${id}`;
}

const seconds = (d: Date | null) => (d ? Math.floor(d.getTime() / 1000) : null);
const stripTags = (html: string) => html.replace(/<[^>]*>/g, ' ').replace(/\s+/g, ' ').trim();

export function toProjectDocument(p: ProjectSource): Record<string, unknown> {
  const toned = [p.title.vi, p.summary.vi].join(' ');
  return {
    id: documentId('project', p.id),
    type: 'project',
    db_id: p.id,
    version: p.version,
    code: p.code,
    slug: p.slug,
    status: p.status,
    title_vi: p.title.vi,
    title_en: p.title.en,
    summary_vi: p.summary.vi,
    summary_en: p.summary.en,
    description_vi: p.description.vi,
    description_en: p.description.en,
    tones: toneSpelling(toned),
    sector_codes: p.sectors.map((s) => s.code),
    sectors_vi: p.sectors.map((s) => s.name.vi),
    sectors_en: p.sectors.map((s) => s.name.en ?? s.name.vi),
    unit_code: p.unit.code,
    unit_vi: p.unit.name.vi,
    unit_en: p.unit.name.en ?? p.unit.name.vi,
    department_code: p.department.code,
    department_vi: p.department.name.vi,
    department_en: p.department.name.en ?? p.department.name.vi,
    investment_form_code: p.investmentForm?.code ?? null,
    has_english: Boolean(p.title.en && p.summary.en && p.description.en),
    // Numbers, not strings: Meilisearch compares strings alphabetically.
    capital_vnd: p.capitalVnd === null ? null : Number(p.capitalVnd),
    area_ha: p.areaHa,
    capital_band: bandOf(CAPITAL_BANDS, p.capitalVnd === null ? null : Number(p.capitalVnd)),
    area_band: bandOf(AREA_BANDS, p.areaHa),
    land_status: p.landStatusKind,
    featured: p.featured,
    _geo: { lat: p.lat, lng: p.lng },
    published_at: seconds(p.publishedAt),
    last_verified_at: seconds(p.lastVerifiedAt),
    title_sort: fold(p.title.vi).toLowerCase(),
  };
}

export function toPolicyDocument(p: PolicySource): Record<string, unknown> {
  return {
    id: documentId('policy', p.id),
    type: 'policy',
    db_id: p.id,
    version: p.version,
    code: p.code,
    slug: p.slug,
    status: p.status,
    title_vi: p.title.vi,
    title_en: p.title.en,
    summary_vi: p.summary.vi,
    summary_en: p.summary.en,
    body_vi: stripTags(p.body.vi),
    body_en: p.body.en ? stripTags(p.body.en) : null,
    tones: toneSpelling([p.title.vi, p.summary.vi].join(' ')),
    legal_number: p.legalNumber,
    incentive_types: p.incentiveTypes,
    sector_codes: p.sectors.map((s) => s.code),
    unit_codes: p.units.map((u) => u.code),
    department_code: p.department.code,
    published_at: seconds(p.publishedAt),
    title_sort: fold(p.title.vi).toLowerCase(),
  };
}

export function toNewsDocument(n: NewsSource): Record<string, unknown> {
  return {
    id: documentId('news', n.id),
    type: 'news',
    db_id: n.id,
    version: n.version,
    title: n.title,
    summary: n.summary,
    link: n.link,
    source: n.source,
    image_url: n.imageUrl,
    language: n.language,
    published_at: seconds(n.publishedAt),
    tones: toneSpelling(n.title),
  };
}
