/**
 * iframe mode (`<html data-invest-embed>`, the portal's /embed/* pages): tell the parent page the
 * content height so it can size the iframe. The message goes to the parent's origin only, and only
 * when that origin is on the page's allow-list (or is the portal itself): never to '*'.
 *
 *   <script type="application/json" id="invest-embed-config">{"allowedOrigins":["https://…"]}</script>
 *
 * The parent listens for `{ type: 'invest-portal:resize', height }` from the portal origin.
 */
export const RESIZE_MESSAGE_TYPE = 'invest-portal:resize';
export const EMBED_CONFIG_ID = 'invest-embed-config';

export interface ResizeMessage {
  type: typeof RESIZE_MESSAGE_TYPE;
  height: number;
}

/** The origin of an http(s) URL or origin string; null for anything else (incl. the opaque "null"). */
export function normalizeOrigin(value: unknown): string | null {
  if (typeof value !== 'string' || value === '' || value === 'null') return null;
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.origin : null;
  } catch {
    return null;
  }
}

/** The allow-list of the embed config script: valid origins only; [] when absent or malformed. */
export function parseAllowedOrigins(json: string | null | undefined): string[] {
  if (!json) return [];
  let config: unknown;
  try {
    config = JSON.parse(json);
  } catch {
    return [];
  }
  const list = typeof config === 'object' && config !== null ? (config as { allowedOrigins?: unknown }).allowedOrigins : undefined;
  if (!Array.isArray(list)) return [];
  return [...new Set(list.map(normalizeOrigin).filter((o): o is string => o !== null))];
}

/**
 * The embedding page's origin: `location.ancestorOrigins[0]` where the browser has it (Chromium,
 * Safari), else the origin of `document.referrer` (the parent's URL, or its origin under the usual
 * referrer policies); null when neither tells.
 */
export function parentOrigin(ancestorOrigins: ArrayLike<string> | null | undefined, referrer: string): string | null {
  if (ancestorOrigins && ancestorOrigins.length > 0) return normalizeOrigin(ancestorOrigins[0]);
  return normalizeOrigin(referrer);
}

/** Where to post: the parent's origin when allowed (listed, or the portal's own), else nowhere. */
export function resizeTargetOrigin(parent: string | null, allowed: readonly string[], selfOrigin: string): string | null {
  if (parent === null) return null;
  return allowed.includes(parent) || parent === normalizeOrigin(selfOrigin) ? parent : null;
}

export function resizeMessage(height: number): ResizeMessage {
  return { type: RESIZE_MESSAGE_TYPE, height: Math.max(0, Math.ceil(height)) };
}

/** Height of the document's content (the root element's box, not the iframe's viewport). */
export function contentHeight(doc: Document): number {
  return Math.ceil(doc.documentElement.getBoundingClientRect().height);
}

export function isEmbedded(doc: Document): boolean {
  return doc.documentElement.hasAttribute('data-invest-embed');
}

let reporter: (() => void) | null = null;
let observer: ResizeObserver | null = null;

/** Elements call this after each render; a no-op outside iframe mode. */
export function notifyResize(): void {
  reporter?.();
}

/**
 * Starts the reporting in iframe mode (once): after every render (notifyResize) and whenever the
 * content changes size (a height of 0, before anything rendered, is never sent). Returns false when nothing is reported (not embedded, no parent, parent
 * not allowed).
 */
export function startResizeReporting(win: Window = window): boolean {
  const doc = win.document;
  if (reporter || !isEmbedded(doc) || win.parent === win) return false;
  const allowed = parseAllowedOrigins(doc.getElementById(EMBED_CONFIG_ID)?.textContent);
  const target = resizeTargetOrigin(parentOrigin(win.location.ancestorOrigins, doc.referrer), allowed, win.location.origin);
  if (target === null) return false;
  let last = -1;
  const post = (force: boolean) => {
    const message = resizeMessage(contentHeight(doc));
    // Nothing rendered yet (the widgets render after this script runs): no 0 that collapses the frame.
    if (message.height === 0 || (!force && message.height === last)) return;
    last = message.height;
    win.parent.postMessage(message, target);
  };
  reporter = () => post(true);
  // The observer also reports the first layout.
  if (typeof ResizeObserver !== 'undefined') {
    observer = new ResizeObserver(() => post(false));
    observer.observe(doc.documentElement);
  }
  post(false);
  return true;
}

/** For tests: forget the reporter. */
export function resetResizeReporting(): void {
  observer?.disconnect();
  observer = null;
  reporter = null;
}
