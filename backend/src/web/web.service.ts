import { Inject, Injectable, Logger, ServiceUnavailableException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Response } from 'express';
import fs from 'node:fs';
import path from 'node:path';
import type { DataSource } from 'typeorm';
import type { AppConfig } from '../config/config.js';
import { APP_CONFIG } from '../config/config.module.js';
import { PortalSettingsService } from '../settings/portal-settings.service.js';
import { APP_CSP } from '../embed/csp.js';
import { escapeAttr, renderShell, withoutInlineHandlers, type PageMeta } from './page-meta.js';
import { PAGE_TEXTS } from './page-texts.js';

type Lang = 'vi' | 'en';
const SLUG = /^[a-z0-9-]{1,120}$/;

@Injectable()
export class WebService {
  private readonly logger = new Logger('Web');
  private shell?: { mtimeMs: number; html: string };

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @InjectDataSource() private readonly db: DataSource,
    private readonly portalSettings: PortalSettingsService,
  ) {}

  get indexFile(): string {
    return path.join(this.config.frontendDist, 'index.html');
  }

  /**
   * The app shell for an app URL, with that page's metadata written in. A project or policy that
   * is not public answers 404 (the app shows its not-found page), so crawlers drop dead links.
   */
  async sendPage(urlPath: string, res: Response, originalUrl = urlPath): Promise<void> {
    const shell = this.readShell();
    const { languages } = await this.portalSettings.portal();
    // English switched off: its URLs move to the Vietnamese page (the app does the same in-app).
    if (!languages.includes('en') && /^\/en(\/|$)/.test(urlPath)) {
      res.redirect(302, `/vi${originalUrl.slice(3)}`);
      return;
    }
    const { meta, status } = await this.metaFor(urlPath);
    if (!languages.includes('en')) meta.alternates = { vi: meta.alternates.vi };
    // The shell must never be cached: it names the hashed bundles of the current release.
    res.setHeader('Cache-Control', 'no-cache');
    res.setHeader('Content-Security-Policy', APP_CSP);
    if (meta.noindex) {
      res.setHeader('X-Robots-Tag', 'noindex');
      res.setHeader('Referrer-Policy', 'no-referrer');
    }
    res.status(status).type('html').send(renderShell(shell, meta));
  }

  robots(): string {
    return [
      'User-agent: *',
      'Allow: /',
      'Disallow: /api/',
      'Disallow: /workspace',
      // Tracking links are private; they must never be crawled even if leaked.
      'Disallow: /vi/inquiries/',
      'Disallow: /en/inquiries/',
      `Sitemap: ${this.config.publicUrl}/sitemap.xml`,
      '',
    ].join('\n');
  }

  /** Every public page in both languages, with hreflang alternates (sitemaps.org + Google's xhtml:link). */
  async sitemap(): Promise<string> {
    const rows: { kind: 'projects' | 'policies'; slug: string; updated_at: Date }[] = await this.db.query(
      `SELECT 'projects' AS kind, slug, updated_at FROM projects WHERE status IN ('published', 'awarded')
       UNION ALL
       SELECT 'policies' AS kind, slug, updated_at FROM policies WHERE status = 'published'
       ORDER BY kind, slug`,
    );
    const pages: { path: string; lastmod?: Date }[] = [
      { path: '' },
      { path: '/projects' },
      { path: '/policies' },
      { path: '/contact' },
      ...rows.map((r) => ({ path: `/${r.kind}/${r.slug}`, lastmod: r.updated_at })),
    ];
    const base = this.config.publicUrl;
    const { languages } = await this.portalSettings.portal();
    const english = languages.includes('en');
    const urls = pages.flatMap((p) =>
      languages.map((lang) =>
        [
          '  <url>',
          `    <loc>${escapeAttr(`${base}/${lang}${p.path}`)}</loc>`,
          ...(p.lastmod ? [`    <lastmod>${p.lastmod.toISOString()}</lastmod>`] : []),
          `    <xhtml:link rel="alternate" hreflang="vi" href="${escapeAttr(`${base}/vi${p.path}`)}"/>`,
          ...(english ? [`    <xhtml:link rel="alternate" hreflang="en" href="${escapeAttr(`${base}/en${p.path}`)}"/>`] : []),
          '  </url>',
        ].join('\n'),
      ),
    );
    return [
      '<?xml version="1.0" encoding="UTF-8"?>',
      '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">',
      ...urls,
      '</urlset>',
      '',
    ].join('\n');
  }

  private readShell(): string {
    let stat: fs.Stats;
    try {
      stat = fs.statSync(this.indexFile);
    } catch {
      this.logger.error(`${this.indexFile} is missing`);
      throw new ServiceUnavailableException('The web interface is not built; run "npm run build" or start with "npm start"');
    }
    // Re-read after a rebuild (development), otherwise serve from memory.
    if (this.shell?.mtimeMs !== stat.mtimeMs) this.shell = { mtimeMs: stat.mtimeMs, html: withoutInlineHandlers(fs.readFileSync(this.indexFile, 'utf8')) };
    return this.shell.html;
  }

  private async metaFor(urlPath: string): Promise<{ meta: PageMeta; status: number }> {
    const segments = urlPath.split('/').filter(Boolean).map((s) => {
      try {
        return decodeURIComponent(s);
      } catch {
        return s;
      }
    });
    const lang: Lang = segments[0] === 'en' ? 'en' : 'vi';
    const rest = segments[0] === 'vi' || segments[0] === 'en' ? segments.slice(1) : segments;
    const tail = rest.map(encodeURIComponent).join('/');
    const base = this.config.publicUrl;
    const portal = this.config.portal.name[lang];
    const page = (title: string | null, description: string, extra: Partial<PageMeta> = {}): PageMeta => ({
      lang,
      title: title ? `${title} | ${portal}` : portal,
      description,
      canonical: `${base}/${lang}${tail ? `/${tail}` : ''}`,
      alternates: { vi: `${base}/vi${tail ? `/${tail}` : ''}`, en: `${base}/en${tail ? `/${tail}` : ''}` },
      siteName: portal,
      type: 'website',
      ...extra,
    });
    const text = (key: keyof typeof PAGE_TEXTS) => PAGE_TEXTS[key][lang];

    const [section, slug, more] = rest;
    if (segments[0] === 'workspace') {
      // Staff pages: never indexed, no referrer (ids of inquiries are in their URLs).
      return { meta: { ...page(lang === 'vi' ? 'Khu làm việc' : 'Workspace', text('home').description), noindex: true }, status: 200 };
    }
    if ((section === 'projects' || section === 'policies') && slug !== undefined && more === undefined) {
      const item = SLUG.test(slug) ? await this.publicItem(section, slug) : null;
      if (!item) return { meta: page(text(section).title, text(section).description), status: 404 };
      const pickText = (v: { vi: string; en: string | null }) => (lang === 'en' && v.en) || v.vi;
      // oEmbed discovery: a CMS given this link asks /api/v1/oembed for a card.
      const oembed = section === 'projects' ? `${base}/api/v1/oembed?url=${encodeURIComponent(`${base}/${lang}/projects/${slug}`)}&format=json` : undefined;
      return { meta: page(pickText(item.title), pickText(item.summary), { type: 'article', oembed }), status: 200 };
    }
    if (section === 'inquiries' && slug === 'track') {
      // The token stays out of canonical and alternates: they are page metadata that tools copy.
      const t = text('track');
      return {
        meta: { ...page(t.title, t.description), canonical: `${base}/${lang}`, alternates: { vi: `${base}/vi`, en: `${base}/en` }, noindex: true },
        status: 200,
      };
    }
    if (section === 'search' && slug === undefined) {
      // Result pages are not for search engines (query strings are endless and say little).
      const t = text('search');
      return { meta: { ...page(t.title, t.description), noindex: true }, status: 200 };
    }
    if (section === 'projects' || section === 'policies' || section === 'contact') {
      return { meta: page(text(section).title, text(section).description), status: 200 };
    }
    return { meta: page(null, text('home').description), status: 200 };
  }

  private async publicItem(kind: 'projects' | 'policies', slug: string): Promise<{ title: { vi: string; en: string | null }; summary: { vi: string; en: string | null } } | null> {
    const statuses = kind === 'projects' ? `('published', 'awarded')` : `('published')`;
    const [row] = await this.db.query(`SELECT title, summary FROM ${kind} WHERE slug = $1 AND status IN ${statuses}`, [slug]);
    return row ?? null;
  }
}
