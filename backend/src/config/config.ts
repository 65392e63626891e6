import path from 'node:path';
import { fileURLToPath } from 'node:url';

export type NodeEnv = 'development' | 'production' | 'test';
export type LogLevel = 'error' | 'warn' | 'log' | 'debug' | 'verbose';

export interface LocalizedText {
  vi: string;
  en: string;
}

export interface AppConfig {
  nodeEnv: NodeEnv;
  host: string;
  port: number;
  publicUrl: string;
  logLevel: LogLevel;
  /** Where `npm start` keeps embedded PostgreSQL and Meilisearch data between runs. */
  dataDir: string;
  /** Unset: npm start runs an embedded PostgreSQL. */
  databaseUrl?: string;
  /** Unset: npm start runs an embedded Meilisearch. */
  meiliUrl?: string;
  /** Further Meilisearch nodes, each fed from the outbox with its own cursor (ADR 017). */
  meiliReplicaUrls: string[];
  meiliMasterKey?: string;
  meiliTaskTimeoutMs: number;
  embeddedPgPort: number;
  embeddedMeiliPort: number;
  demoData: boolean;
  frontendDist: string;
  auth: {
    sessionTtlHours: number;
    /** Secure cookies need HTTPS; on by default in production. */
    secureCookies: boolean;
    /** Failed sign-ins before the account is locked for a growing time. */
    maxFailedLogins: number;
  };
  /** Bounding box of the province: project locations must lie inside it. */
  provinceBounds: { minLat: number; minLng: number; maxLat: number; maxLng: number };
  /** Dated VND per USD rate used to show capital in USD. */
  usdRate: { vndPerUsd: number; date: string };
  inquiries: {
    /** Code of the department that receives general inquiries (no project or policy). */
    intakeDepartment: string;
    /** Working days to the first answer; weekends and the holidays in the portal settings do not count. */
    responseDays: number;
    /** Inquiries older than this are anonymised by the retention job. */
    retentionDays: number;
    /** How often the escalation and retention job runs; 0 turns it off. */
    jobIntervalMs: number;
  };
  mail: {
    /** `dev` keeps messages in the database (shown at /workspace/dev-mail); `smtp` sends them. */
    transport: 'dev' | 'smtp';
    smtpUrl?: string;
    from: string;
    intervalMs: number;
    maxAttempts: number;
    retryBaseMs: number;
  };
  uploads: { dir: string; maxBytes: number };
  searchSync: { enabled: boolean; intervalMs: number; batchSize: number; maxAttempts: number; retryBaseMs: number };
  /** Ingest of the main portal's news feeds (the feed URLs are portal settings). */
  news: {
    /** How often the feeds are read; 0 turns the scheduled ingest off (the admin can still run it). */
    intervalMs: number;
    fetchTimeoutMs: number;
    maxFeedBytes: number;
    maxItemsPerFeed: number;
  };
  portal: { name: LocalizedText; owner: LocalizedText };
  freshness: {
    /** Days after the last "still current" confirmation when the department is reminded by mail. */
    remindDays: number;
    /** Days after which the board is told and the public page says the information may be out of date. */
    staleDays: number;
    /** How often the reminder job runs; 0 turns it off. */
    jobIntervalMs: number;
  };
  analytics: {
    /** A second view of the same page by the same reader within this many minutes is not counted. */
    viewWindowMinutes: number;
  };
  embed: {
    /** Development only: port of the demo host page that embeds every widget from a second origin; 0 = off. */
    demoPort: number;
  };
  map: {
    tileUrl: string;
    attribution: string;
    center: { lat: number; lng: number };
    zoom: number;
    maxZoom: number;
  };
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}\nSee docs/configuration.md.`);
    this.name = 'ConfigError';
  }
}

const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

type Env = Record<string, string | undefined>;

/** Reads one variable at a time and collects every problem, so one boot names all bad variables. */
class Reader {
  readonly problems: string[] = [];
  constructor(private readonly env: Env) {}

  raw(name: string): string | undefined {
    const value = this.env[name];
    return value === undefined || value.trim() === '' ? undefined : value.trim();
  }

  string(name: string, fallback: string): string {
    return this.raw(name) ?? fallback;
  }

  optionalUrl(name: string, protocols: string[]): string | undefined {
    const value = this.raw(name);
    if (value === undefined) return undefined;
    try {
      const url = new URL(value);
      if (!protocols.includes(url.protocol)) {
        this.problems.push(`${name} must start with ${protocols.map((p) => `${p}//`).join(' or ')} (got "${redact(value)}")`);
      }
    } catch {
      this.problems.push(`${name} is not a valid URL (got "${redact(value)}")`);
    }
    return value;
  }

  /** Comma-separated URLs; only the valid ones are returned (the others are reported). */
  urlList(name: string, protocols: string[]): string[] {
    const value = this.raw(name);
    if (value === undefined) return [];
    const urls: string[] = [];
    for (const item of value.split(',').map((v) => v.trim()).filter(Boolean)) {
      try {
        const url = new URL(item);
        if (protocols.includes(url.protocol)) urls.push(item.replace(/\/+$/, ''));
        else this.problems.push(`${name} entries must start with ${protocols.map((p) => `${p}//`).join(' or ')} (got "${redact(item)}")`);
      } catch {
        this.problems.push(`${name} has an entry that is not a valid URL (got "${redact(item)}")`);
      }
    }
    if (new Set(urls).size !== urls.length) this.problems.push(`${name} lists the same URL twice`);
    return urls;
  }

  int(name: string, fallback: number, min: number, max: number): number {
    const value = this.raw(name);
    if (value === undefined) return fallback;
    const n = Number(value);
    if (!Number.isInteger(n) || n < min || n > max) {
      this.problems.push(`${name} must be an integer from ${min} to ${max} (got "${value}")`);
      return fallback;
    }
    return n;
  }

  number(name: string, fallback: number, min: number, max: number): number {
    const value = this.raw(name);
    if (value === undefined) return fallback;
    const n = Number(value);
    if (!Number.isFinite(n) || n < min || n > max) {
      this.problems.push(`${name} must be a number from ${min} to ${max} (got "${value}")`);
      return fallback;
    }
    return n;
  }

  bool(name: string, fallback: boolean): boolean {
    const value = this.raw(name)?.toLowerCase();
    if (value === undefined) return fallback;
    if (['1', 'true', 'yes', 'on'].includes(value)) return true;
    if (['0', 'false', 'no', 'off'].includes(value)) return false;
    this.problems.push(`${name} must be true or false (got "${value}")`);
    return fallback;
  }

  oneOf<T extends string>(name: string, allowed: readonly T[], fallback: T): T {
    const value = this.raw(name);
    if (value === undefined) return fallback;
    if (!(allowed as readonly string[]).includes(value)) {
      this.problems.push(`${name} must be one of ${allowed.join(', ')} (got "${value}")`);
      return fallback;
    }
    return value as T;
  }
}

/** Keeps passwords out of error messages: user:password@ and ?password= forms. */
export function redact(value: string): string {
  return value.replace(/\/\/([^:/@]*):([^@]*)@/, '//$1:***@').replace(/([?&]password=)[^&]*/gi, '$1***');
}

function sameNode(a: string, b: string): boolean {
  return new URL(a).href.replace(/\/+$/, '') === new URL(b).href.replace(/\/+$/, '');
}

/** The only place that reads the environment. Throws ConfigError naming every bad variable. */
export function loadConfig(env: Env): AppConfig {
  const r = new Reader(env);
  const nodeEnv = r.oneOf('NODE_ENV', ['development', 'production', 'test'] as const, 'development');
  const port = r.int('PORT', 3000, 1, 65535);
  const host = r.string('HOST', '127.0.0.1');
  const databaseUrl = r.optionalUrl('DATABASE_URL', ['postgres:', 'postgresql:']);
  const meiliUrl = r.optionalUrl('MEILI_URL', ['http:', 'https:']);
  const meiliMasterKey = r.raw('MEILI_MASTER_KEY');
  if (meiliUrl && !meiliMasterKey) r.problems.push('MEILI_MASTER_KEY is required when MEILI_URL is set');
  if (meiliMasterKey && Buffer.byteLength(meiliMasterKey) < 16) {
    r.problems.push('MEILI_MASTER_KEY must be at least 16 bytes long');
  }
  if (meiliMasterKey && !meiliUrl) r.problems.push('MEILI_MASTER_KEY is set but MEILI_URL is not; set both or neither');
  const meiliReplicaUrls = r.urlList('MEILI_REPLICA_URLS', ['http:', 'https:']);
  if (meiliReplicaUrls.length && !meiliUrl) r.problems.push('MEILI_REPLICA_URLS needs MEILI_URL (the replicas share its master key)');
  if (meiliUrl && URL.canParse(meiliUrl) && meiliReplicaUrls.some((u) => sameNode(u, meiliUrl))) r.problems.push('MEILI_REPLICA_URLS must not repeat MEILI_URL');
  if (nodeEnv === 'production') {
    // Embedded servers are for development and tests only (docs/operations/production.md).
    if (!databaseUrl) r.problems.push('DATABASE_URL is required when NODE_ENV=production');
    if (!meiliUrl) r.problems.push('MEILI_URL is required when NODE_ENV=production');
  }
  const publicUrl = r.optionalUrl('PUBLIC_URL', ['http:', 'https:']) ?? `http://localhost:${port}`;

  const dataDir = path.resolve(REPO_ROOT, r.string('DATA_DIR', '.data'));
  const usdRateDate = r.string('USD_RATE_DATE', '2026-11-02');
  if (!/^\d{4}-\d{2}-\d{2}$/.test(usdRateDate) || Number.isNaN(Date.parse(usdRateDate))) {
    r.problems.push(`USD_RATE_DATE must be a date YYYY-MM-DD (got "${usdRateDate}")`);
  }
  const mailTransport = r.oneOf('MAIL_TRANSPORT', ['dev', 'smtp'] as const, nodeEnv === 'production' ? 'smtp' : 'dev');
  const smtpUrl = r.optionalUrl('SMTP_URL', ['smtp:', 'smtps:']);
  if (mailTransport === 'smtp' && !smtpUrl) r.problems.push('SMTP_URL is required when MAIL_TRANSPORT=smtp');
  if (nodeEnv === 'production' && mailTransport === 'dev') r.problems.push('MAIL_TRANSPORT=dev keeps mail in the database: not for production');
  const config: AppConfig = {
    nodeEnv,
    host,
    port,
    publicUrl: publicUrl.replace(/\/+$/, ''),
    logLevel: r.oneOf('LOG_LEVEL', ['error', 'warn', 'log', 'debug', 'verbose'] as const, 'log'),
    dataDir,
    databaseUrl,
    meiliUrl,
    meiliMasterKey,
    meiliReplicaUrls,
    meiliTaskTimeoutMs: r.int('MEILI_TASK_TIMEOUT_MS', 60_000, 1_000, 3_600_000),
    embeddedPgPort: r.int('EMBEDDED_PG_PORT', 54329, 1, 65535),
    embeddedMeiliPort: r.int('EMBEDDED_MEILI_PORT', 7709, 1, 65535),
    demoData: r.bool('DEMO_DATA', nodeEnv !== 'production'),
    frontendDist: path.resolve(REPO_ROOT, r.string('FRONTEND_DIST', 'frontend/dist/browser')),
    auth: {
      sessionTtlHours: r.int('SESSION_TTL_HOURS', 12, 1, 24 * 30),
      secureCookies: r.bool('SECURE_COOKIES', nodeEnv === 'production'),
      maxFailedLogins: r.int('LOGIN_MAX_FAILURES', 5, 1, 100),
    },
    provinceBounds: {
      minLat: r.number('PROVINCE_MIN_LAT', 9.2, -90, 90),
      minLng: r.number('PROVINCE_MIN_LNG', 105.5, -180, 180),
      maxLat: r.number('PROVINCE_MAX_LAT', 9.9, -90, 90),
      maxLng: r.number('PROVINCE_MAX_LNG', 106.3, -180, 180),
    },
    usdRate: { vndPerUsd: r.number('USD_RATE_VND', 25_400, 1, 1_000_000), date: usdRateDate },
    inquiries: {
      intakeDepartment: r.string('INQUIRY_INTAKE_DEPARTMENT', 'TTXTDT'),
      responseDays: r.int('INQUIRY_RESPONSE_DAYS', 2, 1, 60),
      retentionDays: r.int('INQUIRY_RETENTION_DAYS', 730, 30, 36_500),
      jobIntervalMs: r.int('INQUIRY_JOB_INTERVAL_MS', 60_000, 0, 86_400_000),
    },
    mail: {
      transport: mailTransport,
      smtpUrl,
      from: r.string('MAIL_FROM', 'Invest Portal <no-reply@localhost>'),
      intervalMs: r.int('MAIL_INTERVAL_MS', 1000, 10, 600_000),
      maxAttempts: r.int('MAIL_MAX_ATTEMPTS', 12, 1, 1000),
      retryBaseMs: r.int('MAIL_RETRY_MS', 5000, 10, 3_600_000),
    },
    searchSync: {
      enabled: r.bool('SEARCH_SYNC', true),
      intervalMs: r.int('SEARCH_SYNC_INTERVAL_MS', 300, 10, 60_000),
      batchSize: r.int('SEARCH_SYNC_BATCH', 500, 1, 10_000),
      maxAttempts: r.int('SEARCH_SYNC_MAX_ATTEMPTS', 8, 1, 100),
      retryBaseMs: r.int('SEARCH_SYNC_RETRY_MS', 1000, 10, 600_000),
    },
    news: {
      intervalMs: r.int('NEWS_INTERVAL_MS', 900_000, 0, 86_400_000),
      fetchTimeoutMs: r.int('NEWS_FETCH_TIMEOUT_MS', 10_000, 100, 300_000),
      maxFeedBytes: r.int('NEWS_MAX_FEED_BYTES', 5 * 1024 * 1024, 1024, 100 * 1024 * 1024),
      maxItemsPerFeed: r.int('NEWS_MAX_ITEMS_PER_FEED', 200, 1, 5000),
    },
    uploads: {
      dir: path.resolve(REPO_ROOT, r.string('UPLOAD_DIR', path.join(dataDir, 'uploads'))),
      maxBytes: r.int('UPLOAD_MAX_MB', 20, 1, 1024) * 1024 * 1024,
    },
    portal: {
      name: {
        vi: r.string('PORTAL_NAME_VI', 'Cổng Xúc tiến Đầu tư tỉnh Sóc Trăng'),
        en: r.string('PORTAL_NAME_EN', 'Soc Trang Investment Promotion Portal'),
      },
      owner: {
        vi: r.string('PORTAL_OWNER_VI', 'Ủy ban nhân dân tỉnh Sóc Trăng'),
        en: r.string('PORTAL_OWNER_EN', "Soc Trang Provincial People's Committee"),
      },
    },
    freshness: {
      remindDays: r.int('FRESHNESS_REMIND_DAYS', 90, 1, 3650),
      staleDays: r.int('FRESHNESS_STALE_DAYS', 180, 1, 3650),
      jobIntervalMs: r.int('FRESHNESS_JOB_INTERVAL_MS', 3_600_000, 0, 86_400_000),
    },
    analytics: {
      viewWindowMinutes: r.int('ANALYTICS_VIEW_WINDOW_MINUTES', 30, 1, 1440),
    },
    embed: {
      demoPort: r.int('EMBED_DEMO_PORT', nodeEnv === 'development' ? 3001 : 0, 0, 65535),
    },
    map: {
      tileUrl: r.string('MAP_TILE_URL', 'https://tile.openstreetmap.org/{z}/{x}/{y}.png'),
      attribution: r.string('MAP_TILE_ATTRIBUTION', '© OpenStreetMap contributors'),
      center: {
        lat: r.number('MAP_CENTER_LAT', 9.6025, -90, 90),
        lng: r.number('MAP_CENTER_LNG', 105.9739, -180, 180),
      },
      zoom: r.int('MAP_ZOOM', 10, 0, 22),
      maxZoom: r.int('MAP_MAX_ZOOM', 18, 0, 22),
    },
  };
  if (!config.map.tileUrl.includes('{z}') || !config.map.tileUrl.includes('{x}') || !config.map.tileUrl.includes('{y}')) {
    r.problems.push(`MAP_TILE_URL must contain {z}, {x} and {y} (got "${config.map.tileUrl}")`);
  }
  if (config.freshness.staleDays <= config.freshness.remindDays) r.problems.push('FRESHNESS_STALE_DAYS must be greater than FRESHNESS_REMIND_DAYS');
  if (nodeEnv === 'production' && config.embed.demoPort) r.problems.push('EMBED_DEMO_PORT is a development aid: leave it unset in production');
  if (config.embed.demoPort && config.embed.demoPort === port) r.problems.push('EMBED_DEMO_PORT must differ from PORT (the demo host is a second origin)');
  if (config.map.zoom > config.map.maxZoom) r.problems.push('MAP_ZOOM must not exceed MAP_MAX_ZOOM');
  const b = config.provinceBounds;
  if (b.minLat >= b.maxLat || b.minLng >= b.maxLng) {
    r.problems.push('PROVINCE_MIN_LAT/LNG must be smaller than PROVINCE_MAX_LAT/LNG');
  }
  if (r.problems.length) throw new ConfigError(r.problems);
  return config;
}

/** The process environment, read here and nowhere else. */
export function loadConfigFromEnvironment(): AppConfig {
  return loadConfig(process.env);
}
