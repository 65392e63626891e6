/**
 * Where this bundle was loaded from, captured while the script runs (`document.currentScript` is
 * only set then, `defer` included). The portal is that script's origin; the map chunk sits next to it.
 */
function scriptUrl(): string {
  const current = document.currentScript as HTMLScriptElement | null;
  const src = current?.src || document.querySelector<HTMLScriptElement>('script[src*="widgets.js"]')?.src;
  return src || location.href;
}

/** URL of widgets.js itself. */
export const SCRIPT_URL = scriptUrl();

/** The portal origin, unless an element names another with `portal="https://…"`. */
export const DEFAULT_PORTAL = new URL(SCRIPT_URL).origin;

/** The lazily loaded map chunk, next to widgets.js (same folder, same version). */
export const MAP_SCRIPT_URL = new URL('widgets-map.js', SCRIPT_URL).href;

/** The page's CSP nonce on our script tag, handed on to the map chunk's tag. */
export const SCRIPT_NONCE = (document.currentScript as HTMLScriptElement | null)?.nonce || '';
