import { isWidgetApi } from '../embed/widget-cors.interceptor.js';

/** What usage_daily.channel may hold. The *-not-modified channels count 304 answers to conditional GETs. */
export const CHANNELS = ['embed', 'widget-api', 'feed', 'feed-not-modified', 'export', 'export-not-modified', 'oembed'] as const;
export type Channel = (typeof CHANNELS)[number];

export interface Use {
  channel: Channel;
  key: string;
}

export const EMBED_KINDS = ['projects', 'map', 'policies', 'search'] as const;
export const FEED_FILES = ['projects.rss', 'projects.atom', 'policies.rss', 'policies.atom'] as const;
export const EXPORT_FILES = ['projects.geojson', 'projects.csv'] as const;
export const OEMBED_KEY = 'projects';

const EMBED = new RegExp(`^/embed/(${EMBED_KINDS.join('|')})$`);
const FEED = new RegExp(`^/feeds/(${FEED_FILES.join('|').replace(/\./g, '\\.')})$`);
const EXPORT = new RegExp(`^/api/v1/(${EXPORT_FILES.join('|').replace(/\./g, '\\.')})$`);

/**
 * The channel uses one answered GET stands for. `allowedOrigin` is the Access-Control-Allow-Origin
 * the widget CORS interceptor set (it sets one only for allow-listed origins), so the origin key is
 * always an allow-listed one. Errors and redirects count nothing; 304 counts as a use.
 */
export function usesOf(path: string, status: number, allowedOrigin: string | undefined): Use[] {
  const ok = status >= 200 && status < 300;
  if (!ok && status !== 304) return [];
  const p = path.toLowerCase().replace(/\/+$/, '');
  const uses: Use[] = [];
  let m: RegExpExecArray | null;
  if ((m = EMBED.exec(p))) uses.push({ channel: 'embed', key: m[1]! });
  else if ((m = FEED.exec(p))) uses.push({ channel: ok ? 'feed' : 'feed-not-modified', key: m[1]! });
  else if ((m = EXPORT.exec(p))) uses.push({ channel: ok ? 'export' : 'export-not-modified', key: m[1]! });
  else if (p === '/api/v1/oembed') uses.push({ channel: 'oembed', key: OEMBED_KEY });
  if (allowedOrigin && allowedOrigin !== '*' && isWidgetApi(p)) uses.push({ channel: 'widget-api', key: allowedOrigin.toLowerCase().slice(0, 300) });
  return uses;
}
