/**
 * API responses → what the widgets show. Pure. The shapes come from the generated API types
 * (type-only import: nothing of the Angular app ends up in the bundle); responses are still
 * checked, since a cross-origin page may get anything back (a proxy's HTML, an old API).
 */
import type { components } from '../../src/app/core/api/schema';
import type { Filters, Lang } from './attrs';

type Schemas = components['schemas'];
export type ProjectCardDto = Schemas['PublicProjectCardDto'];
export type ProjectHitDto = Schemas['ProjectHitDto'];
export type PolicyCardDto = Schemas['PublicPolicyCardDto'];
export type PolicyHitDto = Schemas['PolicyHitDto'];
export type MapPointDto = Schemas['MapPointDto'];
export type MapSettingsDto = Schemas['MapSettingsDto'];

/** The response was not what the API sends. */
export class BadResponse extends Error {}

export interface ProjectView {
  slug: string;
  title: string;
  /** 'vi' when English was asked for but the title is Vietnamese (untranslated). */
  titleLang: Lang | null;
  status: 'published' | 'awarded';
  sectors: string[];
  unit: string;
  department: string;
  /** VND, as the API sends it (a number or a decimal string). */
  capitalVnd: number | string | null;
  areaHa: number | null;
  /** Codes, to filter featured calls here when several codes are asked for. */
  codes: Filters;
}

export interface PolicyView {
  slug: string;
  title: string;
  titleLang: Lang | null;
  legalNumber: string;
  validFrom: string | null;
  validTo: string | null;
}

export interface MapData {
  points: MapPointDto[];
  total: number;
}

type Json = Record<string, unknown>;

function isObject(v: unknown): v is Json {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function text(v: unknown): string {
  return typeof v === 'string' ? v : typeof v === 'number' ? String(v) : '';
}

function num(v: unknown): number | null {
  return typeof v === 'number' && Number.isFinite(v) ? v : null;
}

/** The list in `key` of a response object; BadResponse when there is none. */
export function listOf(body: unknown, key: string): unknown[] {
  const list = isObject(body) ? body[key] : undefined;
  if (!Array.isArray(list)) throw new BadResponse(`no ${key} in the response`);
  return list;
}

function ref(v: unknown): { code: string; name: string } {
  return isObject(v) ? { code: text(v['code']), name: text(v['name']) } : { code: '', name: '' };
}

function usable<T extends { slug: string; title: string }>(v: T): boolean {
  return v.slug !== '' && v.title !== '';
}

/** A card of `GET /projects` (or the project of `GET /projects/{slug}`). */
export function projectFromCard(raw: unknown, lang: Lang): ProjectView | null {
  if (!isObject(raw)) return null;
  const c = raw as Partial<Record<keyof ProjectCardDto, unknown>>;
  const sectors = Array.isArray(c.sectors) ? c.sectors.map(ref) : [];
  const unit = ref(c.unit);
  const department = ref(c.department);
  const untranslated = Array.isArray(c.untranslated) ? c.untranslated : [];
  const view: ProjectView = {
    slug: text(c.slug),
    title: text(c.title),
    titleLang: lang === 'en' && untranslated.includes('title') ? 'vi' : null,
    status: c.status === 'awarded' ? 'awarded' : 'published',
    sectors: sectors.map((s) => s.name).filter(Boolean),
    unit: unit.name,
    department: department.name,
    capitalVnd: isObject(c.capital) ? text(c.capital['vnd']) || null : null,
    areaHa: num(c.areaHa),
    codes: { sector: sectors.map((s) => s.code), unit: [unit.code], department: [department.code] },
  };
  return usable(view) ? view : null;
}

/** A hit of `GET /search/projects` (labels only, no codes: never filtered here). */
export function projectFromHit(raw: unknown, lang: Lang): ProjectView | null {
  if (!isObject(raw)) return null;
  const h = raw as Partial<Record<keyof ProjectHitDto, unknown>>;
  const view: ProjectView = {
    slug: text(h.slug),
    title: text(h.title),
    titleLang: lang === 'en' && h.translated === false ? 'vi' : null,
    status: h.status === 'awarded' ? 'awarded' : 'published',
    sectors: Array.isArray(h.sectors) ? h.sectors.map(text).filter(Boolean) : [],
    unit: text(h.unit),
    department: text(h.department),
    capitalVnd: num(h.capitalVnd),
    areaHa: num(h.areaHa),
    codes: { sector: [], unit: [], department: [] },
  };
  return usable(view) ? view : null;
}

/** Every filter with codes must match one of them (OR within a filter, AND across filters). */
export function matchesFilters(p: ProjectView, filters: Filters): boolean {
  return (['sector', 'unit', 'department'] as const).every(
    (k) => filters[k].length === 0 || p.codes[k].some((code) => filters[k].includes(code)),
  );
}

export function policyFromCard(raw: unknown, lang: Lang): PolicyView | null {
  if (!isObject(raw)) return null;
  const c = raw as Partial<Record<keyof PolicyCardDto, unknown>>;
  const untranslated = Array.isArray(c.untranslated) ? c.untranslated : [];
  const view: PolicyView = {
    slug: text(c.slug),
    title: text(c.title),
    titleLang: lang === 'en' && untranslated.includes('title') ? 'vi' : null,
    legalNumber: isObject(c.legalBasis) ? text(c.legalBasis['number']) : '',
    validFrom: text(c.validFrom) || null,
    validTo: text(c.validTo) || null,
  };
  return usable(view) ? view : null;
}

export function policyFromHit(raw: unknown, lang: Lang): PolicyView | null {
  if (!isObject(raw)) return null;
  const h = raw as Partial<Record<keyof PolicyHitDto, unknown>>;
  const view: PolicyView = {
    slug: text(h.slug),
    title: text(h.title),
    titleLang: lang === 'en' && h.translated === false ? 'vi' : null,
    legalNumber: text(h.legalNumber),
    validFrom: null,
    validTo: null,
  };
  return usable(view) ? view : null;
}

export function isView<T>(v: T | null): v is T {
  return v !== null;
}

/** `GET /search/projects/map`: points with finite coordinates only. */
export function mapPoints(body: unknown): MapData {
  const points = listOf(body, 'points')
    .filter(isObject)
    .map((p) => ({ slug: text(p['slug']), title: text(p['title']), lat: num(p['lat']), lng: num(p['lng']) }))
    .filter((p): p is MapPointDto => p.slug !== '' && p.lat !== null && p.lng !== null && Math.abs(p.lat) <= 90 && Math.abs(p.lng) <= 180);
  const total = num(isObject(body) ? body['total'] : null);
  return { points, total: total ?? points.length };
}

/** `GET /settings/public` → its map settings. */
export function mapSettings(body: unknown): MapSettingsDto {
  const map = isObject(body) ? body['map'] : undefined;
  if (!isObject(map) || !isObject(map['center'])) throw new BadResponse('no map settings in the response');
  const lat = num(map['center']['lat']);
  const lng = num(map['center']['lng']);
  const zoom = num(map['zoom']);
  if (lat === null || lng === null || zoom === null) throw new BadResponse('bad map settings');
  return {
    tileUrl: text(map['tileUrl']),
    attribution: text(map['attribution']),
    center: { lat, lng },
    zoom,
    maxZoom: num(map['maxZoom']) ?? 18,
  };
}
