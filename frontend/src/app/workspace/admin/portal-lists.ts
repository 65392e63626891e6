/** Pure helpers of the portal settings form (admin): origin and feed lists, API error fields. */

const ORIGIN = /^https?:\/\/[a-z0-9.-]+(:\d{1,5})?$/;

/** An origin as the API keeps it (trimmed, lower-case, one trailing slash dropped), or null. */
export function normalizeOrigin(value: string): string | null {
  const v = value.trim().toLowerCase().replace(/\/$/, '');
  return ORIGIN.test(v) ? v : null;
}

/** An http(s) URL (a news feed), trimmed, or null. */
export function normalizeFeed(value: string): string | null {
  const v = value.trim();
  if (!/^https?:\/\//i.test(v)) return null;
  try {
    const url = new URL(v);
    return url.hostname ? v : null;
  } catch {
    return null;
  }
}

/** A tile URL template the API accepts: http(s), with {z}, {x} and {y}. */
export function isTileUrl(value: string): boolean {
  const v = value.trim();
  return /^https?:\/\/\S*\{z\}\S*$/.test(v) && v.includes('{x}') && v.includes('{y}');
}

export type ListResult = { ok: true; list: string[] } | { ok: false; error: 'invalid' | 'duplicate' };

/** Adds an entry after normalising it; the list keeps its order and has no duplicates. */
export function addEntry(list: readonly string[], raw: string, normalize: (v: string) => string | null): ListResult {
  const value = normalize(raw);
  if (!value) return { ok: false, error: 'invalid' };
  if (list.includes(value)) return { ok: false, error: 'duplicate' };
  return { ok: true, list: [...list, value] };
}

export const PORTAL_FIELDS = ['tileUrl', 'attribution', 'lat', 'lng', 'zoom', 'maxZoom', 'embedAllowList', 'newsFeeds'] as const;
export type PortalField = (typeof PORTAL_FIELDS)[number];

const API_FIELD: Readonly<Record<string, PortalField>> = {
  'map.tileUrl': 'tileUrl',
  'map.attribution': 'attribution',
  'map.center.lat': 'lat',
  'map.center.lng': 'lng',
  'map.zoom': 'zoom',
  'map.maxZoom': 'maxZoom',
  embedAllowList: 'embedAllowList',
  newsFeeds: 'newsFeeds',
};

/** The form field an API error detail is about (`embedAllowList.2` → embedAllowList), or null. */
export function portalField(apiField: string): PortalField | null {
  let f = apiField;
  while (f) {
    if (Object.hasOwn(API_FIELD, f)) return API_FIELD[f];
    const dot = f.lastIndexOf('.');
    if (dot < 0) return null;
    f = f.slice(0, dot);
  }
  return null;
}

/** "3 h 05 min" style age of the oldest pending mail, in whole minutes (null when none waits). */
export function waitMinutes(seconds: number | null | undefined): number | null {
  return seconds === null || seconds === undefined ? null : Math.max(0, Math.round(seconds / 60));
}
