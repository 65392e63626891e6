/**
 * Snippets for embedding the portal's public widgets on other sites (pure functions, no Angular).
 *
 * The contract with the server (`/embed/…` pages) and `widgets.js` (custom elements):
 * - iframe: `ORIGIN/embed/{type}?lang=…&limit=…&sector=…&unit=…&department=…&featured=1&height=…`
 *   (only the parameters that apply to the type, empty ones left out), plus an optional script
 *   that resizes the frame when the widget reports its height (`invest-portal:resize`);
 * - web component: `<script src="ORIGIN/widgets.js" defer>` and `<invest-{type} lang=… …>`.
 */

export const WIDGET_TYPES = ['projects', 'map', 'policies', 'search'] as const;
export type WidgetType = (typeof WIDGET_TYPES)[number];

export const DELIVERIES = ['iframe', 'component'] as const;
export type Delivery = (typeof DELIVERIES)[number];

export const WIDGET_LANGS = ['vi', 'en'] as const;
export type WidgetLang = (typeof WIDGET_LANGS)[number];

export const LIMIT_MIN = 1;
export const LIMIT_MAX = 20;
export const LIMIT_DEFAULT = 5;
export const HEIGHT_MIN = 200;
export const HEIGHT_MAX = 1200;
export const HEIGHT_DEFAULT = 400;
/** The auto-height script never makes a frame taller than this. */
export const MAX_FRAME_HEIGHT = 4000;
/** The message a widget posts to its parent page with its content height. */
export const RESIZE_MESSAGE = 'invest-portal:resize';

export interface WidgetOptions {
  type: WidgetType;
  lang: WidgetLang;
  /** Codes; '' means "any". */
  sector: string;
  unit: string;
  department: string;
  /** Number of items (projects, policies). */
  limit: number;
  /** Featured calls only (projects). */
  featured: boolean;
  /** Map height in px (map). */
  height: number;
}

export const DEFAULT_OPTIONS: WidgetOptions = {
  type: 'projects',
  lang: 'vi',
  sector: '',
  unit: '',
  department: '',
  limit: LIMIT_DEFAULT,
  featured: false,
  height: HEIGHT_DEFAULT,
};

type Param = 'limit' | 'sector' | 'unit' | 'department' | 'featured' | 'height';

/** Which choices apply to which widget, in the order they appear in URLs and elements. */
export const PARAMS_OF: Readonly<Record<WidgetType, readonly Param[]>> = {
  projects: ['limit', 'sector', 'unit', 'department', 'featured'],
  map: ['sector', 'unit', 'department', 'height'],
  policies: ['limit', 'sector', 'unit', 'department'],
  search: [],
};

export const ELEMENT_OF: Readonly<Record<WidgetType, string>> = {
  projects: 'invest-projects',
  map: 'invest-map',
  policies: 'invest-policies',
  search: 'invest-search',
};

/** Height attribute of the iframe before the widget reports its own (the map: its height). */
export const FRAME_HEIGHT: Readonly<Record<Exclude<WidgetType, 'map'>, number>> = {
  projects: 600,
  policies: 520,
  search: 120,
};

export function appliesTo(type: WidgetType, param: Param): boolean {
  return PARAMS_OF[type].includes(param);
}

/** A whole number within [min, max], or null. */
export function wholeNumberIn(text: string | number, min: number, max: number): number | null {
  const trimmed = String(text).trim();
  const value = typeof text === 'number' ? text : /^\d{1,6}$/.test(trimmed) ? Number(trimmed) : NaN;
  return Number.isInteger(value) && value >= min && value <= max ? value : null;
}

function clamp(value: number, min: number, max: number, fallback: number): number {
  if (!Number.isFinite(value)) return fallback;
  return Math.min(max, Math.max(min, Math.round(value)));
}

/**
 * The widget's settings as ordered name/value pairs, `lang` first, empty and inapplicable ones
 * left out. `true` stands for a flag (`featured=1` in URLs, a bare attribute on elements).
 */
export function widgetParams(options: WidgetOptions): [string, string | true][] {
  const pairs: [string, string | true][] = [['lang', options.lang]];
  for (const param of PARAMS_OF[options.type]) {
    switch (param) {
      case 'limit':
        pairs.push(['limit', String(clamp(options.limit, LIMIT_MIN, LIMIT_MAX, LIMIT_DEFAULT))]);
        break;
      case 'height':
        pairs.push(['height', String(clamp(options.height, HEIGHT_MIN, HEIGHT_MAX, HEIGHT_DEFAULT))]);
        break;
      case 'featured':
        if (options.featured) pairs.push(['featured', true]);
        break;
      default: {
        const code = options[param].trim();
        if (code) pairs.push([param, code]);
      }
    }
  }
  return pairs;
}

/** `origin` without a trailing slash (location.origin has none; a configured one might). */
function base(origin: string): string {
  return origin.replace(/\/+$/, '');
}

/** The `/embed/…` page of a widget on the portal's origin. */
export function embedUrl(origin: string, options: WidgetOptions): string {
  const query = widgetParams(options)
    .map(([name, value]) => `${name}=${value === true ? '1' : encodeURIComponent(value)}`)
    .join('&');
  return `${base(origin)}/embed/${options.type}?${query}`;
}

/** The iframe's initial height attribute. */
export function frameHeight(options: WidgetOptions): number {
  return options.type === 'map' ? clamp(options.height, HEIGHT_MIN, HEIGHT_MAX, HEIGHT_DEFAULT) : FRAME_HEIGHT[options.type];
}

/** Text for an HTML attribute value or element content. */
export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/** A single-quoted JavaScript string literal that is also safe inside a `<script>` element. */
export function jsString(text: string): string {
  const body = text
    .replace(/\\/g, '\\\\')
    .replace(/'/g, "\\'")
    .replace(/\r/g, '\\r')
    .replace(/\n/g, '\\n')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029')
    .replace(/</g, '\\x3c');
  return `'${body}'`;
}

/** An HTML comment that cannot end early or be mistaken for markup. */
function htmlComment(text: string): string {
  return `<!-- ${text.replace(/-{2,}/g, '-').replace(/[<>]/g, '')} -->`;
}

/**
 * The optional auto-height script: accepts only resize messages from the portal's origin and
 * resizes only the `iframe[data-invest-frame]` that sent the message (at most MAX_FRAME_HEIGHT).
 */
export function autoHeightScript(origin: string, comment: string): string {
  return [
    htmlComment(comment),
    '<script>',
    "window.addEventListener('message', function (event) {",
    `  if (event.origin !== ${jsString(base(origin))}) return;`,
    `  if (!(event.data && event.data.type === '${RESIZE_MESSAGE}' && typeof event.data.height === 'number')) return;`,
    '  var height = Math.min(Math.max(Math.ceil(event.data.height), 0), ' + MAX_FRAME_HEIGHT + ');',
    '  if (!isFinite(height)) return;',
    "  var frames = document.querySelectorAll('iframe[data-invest-frame]');",
    '  for (var i = 0; i < frames.length; i++) {',
    "    if (frames[i].contentWindow === event.source) frames[i].style.height = height + 'px';",
    '  }',
    '});',
    '</script>',
  ].join('\n');
}

export interface SnippetTexts {
  /** Descriptive title of the frame, in the widget's language. */
  title: string;
  /** The comment line above the auto-height script. */
  autoHeightComment: string;
}

/** The `<iframe>` delivery, followed by the auto-height script. */
export function iframeSnippet(origin: string, options: WidgetOptions, texts: SnippetTexts): string {
  const frame =
    `<iframe src="${escapeHtml(embedUrl(origin, options))}" title="${escapeHtml(texts.title)}" loading="lazy"` +
    ` style="width:100%;border:0" height="${frameHeight(options)}" data-invest-frame></iframe>`;
  return `${frame}\n${autoHeightScript(origin, texts.autoHeightComment)}`;
}

/** The custom element, attributes HTML-escaped, `featured` as a bare attribute. */
export function widgetElement(options: WidgetOptions): string {
  const name = ELEMENT_OF[options.type];
  const attrs = widgetParams(options)
    .map(([attr, value]) => (value === true ? ` ${attr}` : ` ${attr}="${escapeHtml(value)}"`))
    .join('');
  return `<${name}${attrs}></${name}>`;
}

/** The web-component delivery: the script once per page, then the element. */
export function componentSnippet(origin: string, options: WidgetOptions): string {
  return `<script src="${escapeHtml(base(origin))}/widgets.js" defer></script>\n${widgetElement(options)}`;
}

export function snippet(origin: string, delivery: Delivery, options: WidgetOptions, texts: SnippetTexts): string {
  return delivery === 'iframe' ? iframeSnippet(origin, options, texts) : componentSnippet(origin, options);
}
