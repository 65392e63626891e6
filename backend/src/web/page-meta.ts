import { escapeHtml } from '../common/text.js';
/** What the server writes into the <head> of the app shell for one URL. */
export interface PageMeta {
  lang: 'vi' | 'en';
  /** Full title, e.g. "Project | Portal". */
  title: string;
  description: string;
  /** Absolute URL of this page (no query, no fragment). */
  canonical: string;
  /** Absolute URLs of the page in each language the portal offers (English may be switched off). */
  alternates: { vi: string; en?: string };
  siteName: string;
  type: 'website' | 'article';
  /** oEmbed discovery URL (project pages). */
  oembed?: string;
  /** Private pages (inquiry tracking) and site search results: never indexed, no referrer sent on. */
  noindex?: boolean;
}

const OG_LOCALE = { vi: 'vi_VN', en: 'en_US' } as const;

/** Attribute values are escaped like HTML text (common/text.ts). */
export const escapeAttr = escapeHtml;

/** Cuts on a word boundary (crawlers show about 160 characters). */
export function shorten(text: string, max = 160): string {
  const plain = text.replace(/\s+/g, ' ').trim();
  if (plain.length <= max) return plain;
  const cut = plain.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return (space > max / 2 ? cut.slice(0, space) : cut) + '…';
}

/**
 * The app shell with this page's language, title, description, Open Graph tags, canonical URL and
 * hreflang alternates, so that crawlers and chat apps (which do not run JavaScript) see the page.
 * Every value is escaped; the shell's own description and title are replaced, not duplicated.
 */
export function renderShell(shell: string, meta: PageMeta): string {
  const description = escapeAttr(shorten(meta.description));
  const title = escapeAttr(meta.title);
  const other = meta.lang === 'vi' ? 'en' : 'vi';
  const tags = [
    `<meta property="og:title" content="${title}">`,
    `<meta property="og:description" content="${description}">`,
    `<meta property="og:type" content="${meta.type}">`,
    `<meta property="og:url" content="${escapeAttr(meta.canonical)}">`,
    `<meta property="og:site_name" content="${escapeAttr(meta.siteName)}">`,
    `<meta property="og:locale" content="${OG_LOCALE[meta.lang]}">`,
    ...(meta.alternates.en ? [`<meta property="og:locale:alternate" content="${OG_LOCALE[other]}">`] : []),
    `<meta name="twitter:card" content="summary">`,
    `<link rel="canonical" href="${escapeAttr(meta.canonical)}">`,
    `<link rel="alternate" hreflang="vi" href="${escapeAttr(meta.alternates.vi)}">`,
    ...(meta.alternates.en ? [`<link rel="alternate" hreflang="en" href="${escapeAttr(meta.alternates.en)}">`] : []),
    `<link rel="alternate" hreflang="x-default" href="${escapeAttr(meta.alternates.vi)}">`,
    ...(meta.oembed ? [`<link rel="alternate" type="application/json+oembed" href="${escapeAttr(meta.oembed)}" title="${title}">`] : []),
    ...(meta.noindex ? ['<meta name="robots" content="noindex">', '<meta name="referrer" content="no-referrer">'] : []),
  ];
  return shell
    .replace(/<html lang="[^"]*"/, `<html lang="${meta.lang}"`)
    .replace(/<title>[\s\S]*?<\/title>/, () => `<title>${title}</title>`)
    .replace(/<meta name="description" content="[^"]*">/, () => `<meta name="description" content="${description}">`)
    .replace('</head>', () => `  ${tags.join('\n  ')}\n</head>`);
}

/**
 * The build loads its stylesheet without blocking rendering through an inline event handler
 * (`media="print" onload="this.media='all'"`, with a <noscript> copy). The page CSP allows no
 * inline script, so the handler would never run and the page would stay unstyled: the shell links
 * the stylesheet plainly instead (the critical CSS is inlined in the shell either way).
 */
export function withoutInlineHandlers(shell: string): string {
  return shell.replace(
    /<link rel="stylesheet" href="([^"]+)" media="print" onload="this\.media='all'">\s*<noscript><link rel="stylesheet" href="\1"><\/noscript>/g,
    (_, href: string) => `<link rel="stylesheet" href="${href}">`,
  );
}
