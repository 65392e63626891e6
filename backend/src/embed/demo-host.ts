import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { escapeHtml } from '../common/text.js';

/**
 * Development only: a page on a second origin that embeds every widget both ways, the way a
 * provincial news page would. Its stylesheet is deliberately hostile (fonts, colours, the widgets'
 * own class names) so that style leaking in or out is visible, and the browser tests use it.
 */
export function demoHostPage(portalUrl: string): string {
  const portal = escapeHtml(portalUrl);
  // Script text, not HTML: JSON with "<" escaped cannot close the <script> element.
  const origin = JSON.stringify(new URL(portalUrl).origin).replace(/</g, '\\u003c');
  const frame = (path: string, title: string, height: number) =>
    `<iframe src="${portal}${escapeHtml(path)}" title="${escapeHtml(title)}" loading="lazy" style="width:100%;border:0" height="${height}" data-invest-frame></iframe>`;
  return `<!doctype html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Trang tin thử nghiệm nhúng tiện ích – Embed demo host</title>
<style>
  body { font-family: "Comic Sans MS", cursive; color: rgb(200, 0, 0); background: #fffbe6; margin: 0; padding: 1rem; line-height: 3; letter-spacing: 2px; text-align: right; }
  h2, h3 { font-size: 28px; text-transform: uppercase; overflow-wrap: anywhere; }
  a { color: rgb(0, 160, 0); }
  .invest-card { border: 5px dashed rgb(0, 0, 255); }
  .invest-card-title { color: rgb(0, 0, 255); font-size: 30px; }
  .layout { display: grid; grid-template-columns: minmax(0, 2fr) minmax(0, 1fr); gap: 1rem; }
  @media (max-width: 700px) { .layout { grid-template-columns: 1fr; } }
  section { border: 1px solid #999; padding: .5rem; margin-bottom: 1rem; }
</style>
</head>
<body>
<header><h1>Tin tức – Cổng thông tin điện tử tỉnh (demo host)</h1>
<p>This page is served from a different origin than the portal (${portal}) and embeds every widget.</p></header>
<main class="layout">
<div>
  <section id="host-styles"><h2>Host content</h2><p class="invest-card-title" id="host-title">Host text with the widgets' class names</p><div class="invest-card" id="host-card">Host card</div></section>
  <section id="wc-projects"><h2>Web component: invest-projects</h2><invest-projects lang="vi" limit="3"></invest-projects></section>
  <section id="wc-map"><h2>Web component: invest-map</h2><invest-map lang="vi" height="320"></invest-map></section>
  <section id="if-projects"><h2>Iframe: /embed/projects</h2>${frame('/embed/projects?lang=en&limit=3', 'Calls for investment', 480)}</section>
  <section id="if-map"><h2>Iframe: /embed/map</h2>${frame('/embed/map?lang=vi&height=320', 'Bản đồ dự án kêu gọi đầu tư', 340)}</section>
</div>
<aside>
  <section id="wc-search"><h2>Web component: invest-search</h2><invest-search lang="vi"></invest-search></section>
  <section id="wc-policies"><h2>Web component: invest-policies</h2><invest-policies lang="en" limit="3"></invest-policies></section>
  <section id="if-search"><h2>Iframe: /embed/search</h2>${frame('/embed/search?lang=en', 'Search calls for investment', 140)}</section>
  <section id="if-policies"><h2>Iframe: /embed/policies</h2>${frame('/embed/policies?lang=vi&limit=3', 'Chính sách ưu đãi đầu tư', 420)}</section>
</aside>
</main>
<script src="${portal}/widgets.js" defer></script>
<script>
  // The snippet's auto-height script: only the portal's origin, only the expected message, only the frame that sent it.
  addEventListener('message', function (e) {
    if (e.origin !== ${origin} || !e.data || e.data.type !== 'invest-portal:resize' || typeof e.data.height !== 'number') return;
    document.querySelectorAll('iframe[data-invest-frame]').forEach(function (f) {
      if (f.contentWindow === e.source) f.style.height = Math.max(0, Math.min(e.data.height, 4000)) + 'px';
    });
  });
</script>
</body>
</html>
`;
}

export interface DemoHost {
  url: string;
  close(): Promise<void>;
}

/** Serves the demo page at / on its own port (0 = any free port). */
export function startDemoHost(options: { portalUrl: string; host?: string; port?: number }): Promise<DemoHost> {
  const html = demoHostPage(options.portalUrl);
  const server = http.createServer((req, res) => {
    if (req.method !== 'GET' || (req.url ?? '/').split('?')[0] !== '/') {
      res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found: the demo host serves / only\n');
      return;
    }
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' }).end(html);
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, options.host ?? '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      resolve({
        url: `http://127.0.0.1:${port}/`,
        close: () =>
          new Promise<void>((done) => {
            server.close(() => done());
            // Browsers keep connections alive: without this, close waits for them to time out.
            server.closeAllConnections();
          }),
      });
    });
  });
}
