import { DOCUMENT, inject, Injectable } from '@angular/core';
import { Meta, Title } from '@angular/platform-browser';

import { Settings } from '../settings/settings';
import { Lang, LANGS, switchLangUrl } from '../i18n/lang';

export interface PageMeta {
  lang: Lang;
  /** App URL of the page (path + query), e.g. `/en/projects/abc`. */
  url: string;
  /** Page title without the portal name; omit for the home page. */
  title?: string;
  /** Plain text; cut to about 160 characters. */
  description: string;
  /** Open Graph type: `website` for lists, `article` for a project or a policy. */
  type?: 'website' | 'article';
}

const OG_LOCALE: Readonly<Record<Lang, string>> = { vi: 'vi_VN', en: 'en_US' };

/** Cuts on a word boundary so descriptions never end mid-word. */
export function shorten(text: string, max = 160): string {
  const plain = text.replace(/\s+/g, ' ').trim();
  if (plain.length <= max) return plain;
  const cut = plain.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return (space > max / 2 ? cut.slice(0, space) : cut) + '…';
}

/**
 * Title, description, Open Graph tags, canonical URL and hreflang alternates of the current page.
 * The server writes the same tags into the HTML it sends for project and policy pages (for
 * crawlers and chat previews, which do not run JavaScript); this keeps them right in the browser
 * as the visitor navigates.
 */
@Injectable({ providedIn: 'root' })
export class Seo {
  private readonly document = inject(DOCUMENT);
  private readonly meta = inject(Meta);
  private readonly titleService = inject(Title);
  private readonly settings = inject(Settings);

  set(page: PageMeta): void {
    const portal = this.settings.value().portalName[page.lang];
    const title = page.title ? `${page.title} | ${portal}` : portal;
    const description = shorten(page.description);
    const origin = this.document.location.origin;
    const path = page.url.split('#')[0];
    const absolute = origin + path;

    this.document.documentElement.lang = page.lang;
    this.titleService.setTitle(title);
    this.meta.updateTag({ name: 'description', content: description });
    this.meta.updateTag({ property: 'og:title', content: page.title ?? portal });
    this.meta.updateTag({ property: 'og:description', content: description });
    this.meta.updateTag({ property: 'og:type', content: page.type ?? 'website' });
    this.meta.updateTag({ property: 'og:url', content: absolute });
    this.meta.updateTag({ property: 'og:site_name', content: portal });
    this.meta.updateTag({ property: 'og:locale', content: OG_LOCALE[page.lang] });

    this.link('canonical', absolute);
    for (const lang of LANGS) this.link('alternate', origin + switchLangUrl(path, lang), lang);
    this.link('alternate', origin + switchLangUrl(path, 'vi'), 'x-default');
  }

  private link(rel: string, href: string, hreflang?: string): void {
    const selector = hreflang ? `link[rel="${rel}"][hreflang="${hreflang}"]` : `link[rel="${rel}"]:not([hreflang])`;
    let el = this.document.head.querySelector<HTMLLinkElement>(selector);
    if (!el) {
      el = this.document.createElement('link');
      el.rel = rel;
      if (hreflang) el.hreflang = hreflang;
      this.document.head.appendChild(el);
    }
    el.href = href;
  }
}
