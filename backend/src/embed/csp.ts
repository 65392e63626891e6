/** Content-Security-Policy values for the pages other sites may frame (`/embed/…`) and for the rest. */

/** Everything except /embed/: no site may frame it (clickjacking on the workspace, the inquiry form). */
export const NO_FRAMING_CSP = "frame-ancestors 'none'";

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
