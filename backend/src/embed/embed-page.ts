import { escapeHtml } from '../common/text.js';

export const WIDGET_KINDS = ['projects', 'map', 'policies', 'search'] as const;
export type WidgetKind = (typeof WIDGET_KINDS)[number];

/** The custom element each iframe page renders: the iframe and the web component look the same by construction. */
export const ELEMENT: Record<WidgetKind, string> = {
  projects: 'invest-projects',
  map: 'invest-map',
  policies: 'invest-policies',
  search: 'invest-search',
};

const TITLES: Record<WidgetKind, { vi: string; en: string }> = {
  projects: { vi: 'Dự án kêu gọi đầu tư', en: 'Calls for investment' },
  map: { vi: 'Bản đồ dự án kêu gọi đầu tư', en: 'Map of calls for investment' },
  policies: { vi: 'Chính sách ưu đãi đầu tư', en: 'Investment incentive policies' },
  search: { vi: 'Tìm dự án kêu gọi đầu tư', en: 'Search calls for investment' },
};

export interface EmbedPage {
  kind: WidgetKind;
  lang: 'vi' | 'en';
  portalName: string;
  /** Attributes for the element, already validated; undefined and false are left out, true is a bare attribute. */
  attributes: Record<string, string | number | boolean | undefined>;
  /** Origins the widget may tell its height to (postMessage never targets '*'). */
  allowedOrigins: readonly string[];
}

export function embedTitle(kind: WidgetKind, lang: 'vi' | 'en'): string {
  return TITLES[kind][lang];
}

/**
 * A minimal document around one widget: no site chrome, no Angular, one script. The h1 is for
 * screen readers only: the host page already says what the frame is.
 */
export function renderEmbedPage(page: EmbedPage): string {
  const title = `${embedTitle(page.kind, page.lang)} – ${page.portalName}`;
  const all: Record<string, string | number | boolean | undefined> = { lang: page.lang, ...page.attributes };
  const attrs = Object.entries(all)
    .filter(([, v]) => v !== undefined && v !== false && v !== '')
    .map(([k, v]) => (v === true ? ` ${k}` : ` ${k}="${escapeHtml(String(v))}"`))
    .join('');
  const element = ELEMENT[page.kind];
  // JSON inside <script> must not be able to close it: "<" is escaped.
  const config = JSON.stringify({ allowedOrigins: page.allowedOrigins }).replace(/</g, '\\u003c');
  return `<!doctype html>
<html lang="${page.lang}" data-invest-embed>
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${escapeHtml(title)}</title>
<style>html,body{margin:0;padding:0;background:transparent}.sr-only{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}</style>
<script type="application/json" id="invest-embed-config">${config}</script>
<script src="/widgets.js" defer></script>
</head>
<body>
<main>
<h1 class="sr-only">${escapeHtml(title)}</h1>
<${element}${attrs}></${element}>
</main>
</body>
</html>
`;
}
