/** Why a feed could not be read; the message is stored in news_feeds.last_error as is. */
export class FeedFetchError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'FeedFetchError';
  }
}

export interface FetchLimits {
  timeoutMs: number;
  maxBytes: number;
  maxRedirects: number;
  userAgent: string;
  /** Aborts the request from outside (shutdown). */
  signal?: AbortSignal;
}

export interface Validators {
  etag: string | null;
  lastModified: string | null;
}

export type FetchResult =
  | { status: 'not-modified' }
  | { status: 'ok'; body: string; url: string; etag: string | null; lastModified: string | null };

const REDIRECTS = new Set([301, 302, 303, 307, 308]);

function httpUrl(value: string, base?: string): URL {
  let url: URL;
  try {
    url = new URL(value, base);
  } catch {
    throw new FeedFetchError(`not a valid URL: ${value.slice(0, 200)}`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new FeedFetchError(`only http(s) feeds are read (got ${url.protocol})`);
  return url;
}

/**
 * One conditional GET of a feed: only http(s), at most `maxRedirects` redirects (each checked
 * again), one deadline for the whole exchange including the body, and the body read as a stream
 * and abandoned as soon as it exceeds `maxBytes`. A 304 means nothing changed.
 */
export async function fetchFeed(feedUrl: string, validators: Validators, limits: FetchLimits): Promise<FetchResult> {
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, limits.timeoutMs);
  const onOuterAbort = () => controller.abort();
  limits.signal?.addEventListener('abort', onOuterAbort, { once: true });
  try {
    let url = httpUrl(feedUrl);
    for (let hop = 0; ; hop++) {
      const headers: Record<string, string> = {
        accept: 'application/rss+xml, application/atom+xml, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.1',
        'user-agent': limits.userAgent,
      };
      // Validators belong to the configured URL; after a redirect they are still the best we have.
      if (validators.etag) headers['if-none-match'] = validators.etag;
      if (validators.lastModified) headers['if-modified-since'] = validators.lastModified;
      const res = await fetch(url, { headers, redirect: 'manual', signal: controller.signal });
      if (REDIRECTS.has(res.status)) {
        await res.body?.cancel().catch(() => undefined);
        const location = res.headers.get('location');
        if (!location) throw new FeedFetchError(`HTTP ${res.status} without a Location header`);
        if (hop >= limits.maxRedirects) throw new FeedFetchError(`more than ${limits.maxRedirects} redirects`);
        url = httpUrl(location, url.toString());
        continue;
      }
      if (res.status === 304) {
        await res.body?.cancel().catch(() => undefined);
        return { status: 'not-modified' };
      }
      if (res.status < 200 || res.status > 299) {
        await res.body?.cancel().catch(() => undefined);
        throw new FeedFetchError(`HTTP ${res.status}${res.statusText ? ` ${res.statusText}` : ''}`);
      }
      const declared = Number(res.headers.get('content-length'));
      if (Number.isFinite(declared) && declared > limits.maxBytes) {
        await res.body?.cancel().catch(() => undefined);
        throw new FeedFetchError(`feed larger than ${limits.maxBytes} bytes (Content-Length ${declared})`);
      }
      const bytes = await readCapped(res, limits.maxBytes, controller);
      return {
        status: 'ok',
        body: decode(bytes, res.headers.get('content-type')),
        url: url.toString(),
        etag: res.headers.get('etag')?.slice(0, 500) ?? null,
        lastModified: res.headers.get('last-modified')?.slice(0, 100) ?? null,
      };
    }
  } catch (err) {
    if (err instanceof FeedFetchError) throw err;
    if (timedOut) throw new FeedFetchError(`no complete answer within ${limits.timeoutMs} ms`);
    if (limits.signal?.aborted) throw new FeedFetchError('aborted: the server is shutting down');
    const cause = (err as { cause?: { code?: string; message?: string } }).cause;
    throw new FeedFetchError(`fetch failed: ${cause?.code ?? cause?.message ?? (err instanceof Error ? err.message : String(err))}`);
  } finally {
    clearTimeout(timer);
    limits.signal?.removeEventListener('abort', onOuterAbort);
  }
}

async function readCapped(res: Response, maxBytes: number, controller: AbortController): Promise<Uint8Array> {
  if (!res.body) return new Uint8Array();
  const chunks: Uint8Array[] = [];
  let total = 0;
  const reader = res.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      controller.abort();
      await reader.cancel().catch(() => undefined);
      throw new FeedFetchError(`feed larger than ${maxBytes} bytes: download stopped`);
    }
    chunks.push(value);
  }
  const out = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return out;
}

/** Charset from the Content-Type header, else from the XML declaration, else UTF-8. */
export function decode(bytes: Uint8Array, contentType: string | null): string {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 200));
  const declared = /charset\s*=\s*"?([\w.:-]+)/i.exec(contentType ?? '')?.[1] ?? /^\s*<\?xml[^>]*encoding\s*=\s*["']([\w.:-]+)["']/i.exec(head)?.[1] ?? 'utf-8';
  const decoder = (() => {
    try {
      return new TextDecoder(declared);
    } catch {
      return new TextDecoder('utf-8');
    }
  })();
  return decoder.decode(bytes).replace(/^\uFEFF/, '');
}
