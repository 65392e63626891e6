/**
 * Content-Security-Policy values: the pages other sites may frame (`/embed/…`), the app's own HTML
 * pages, and every other response.
 */

/**
 * Everything that is not an HTML page (API JSON, errors, feeds, files, scripts and styles): opened
 * on its own it may load, run, frame and submit nothing, and no site may frame it.
 */
export const NO_FRAMING_CSP = "default-src 'none'; base-uri 'none'; object-src 'none'; form-action 'none'; frame-ancestors 'none'";

function pageCsp(baseUri: string, frameSrc: string): string {
  return [
    "default-src 'self'",
    // Scripts only from the portal's own files: the served HTML has no inline script (web.service).
    "script-src 'self'",
    // Angular, Leaflet and Chart.js set styles at run time; the build inlines critical CSS.
    "style-src 'self' 'unsafe-inline'",
    // Map tiles (a portal setting: any host) and news pictures from the main portal's feeds.
    'img-src * data: blob:',
    "font-src 'self' data:",
    "connect-src 'self'",
    `frame-src ${frameSrc}`,
    "worker-src 'self'",
    "form-action 'self'",
    "object-src 'none'",
    `base-uri ${baseUri}`,
    "frame-ancestors 'none'",
  ].join('; ');
}

/**
 * The Angular app shell. Its `<base href="/">` is what makes `main-….js`, lazy chunks and Leaflet's
 * `./media/…` images resolve from deep links such as /vi/projects/…; `base-uri 'none'` would make
 * the browser ignore it and every deep link would load nothing. 'self' still stops an injected
 * `<base>` from pointing scripts at another host. The widget builder previews /embed/… in a frame.
 */
export const APP_CSP = pageCsp("'self'", "'self'");

/** The API documentation page (Swagger UI: its own scripts and styles, no base element). */
export const DOCS_CSP = pageCsp("'none'", "'none'");

const ORIGIN = /^https?:\/\/[a-z0-9.-]+(:\d{1,5})?$/;

/**
 * The embed pages: framed by the portal itself (the widget builder's preview) and the allow-listed
 * origins only. Anything that is not a plain origin is dropped so a bad setting cannot widen the
 * policy (a "*" or a "; script-src" smuggled into a source list).
 */
export function embedCsp(allowedOrigins: readonly string[]): string {
  const ancestors = ["'self'", ...new Set(allowedOrigins.filter((o) => ORIGIN.test(o)))];
  return [
    "default-src 'none'",
    "script-src 'self'",
    // Shadow DOM styles are <style> elements inside the widgets.
    "style-src 'self' 'unsafe-inline'",
    // Map tiles come from the tile server in the settings, which may be any host.
    'img-src * data:',
    "connect-src 'self'",
    "form-action 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    `frame-ancestors ${ancestors.join(' ')}`,
  ].join('; ');
}

/** "http://localhost:3001" for a demo port; both loopback spellings are distinct origins. */
export function loopbackOrigins(port: number): string[] {
  return port ? [`http://127.0.0.1:${port}`, `http://localhost:${port}`] : [];
}

export function isOrigin(value: string): boolean {
  return ORIGIN.test(value);
}
