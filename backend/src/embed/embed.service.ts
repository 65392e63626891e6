import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { In, type DataSource } from 'typeorm';
import { escapeHtml } from '../common/text.js';
import { PUBLIC_STATUSES } from '../common/workflow.js';
import type { AppConfig } from '../config/config.js';
import { APP_CONFIG } from '../config/config.module.js';
import { Project } from '../projects/project.entity.js';
import { PortalSettingsService } from '../settings/portal-settings.service.js';
import { embedCsp, loopbackOrigins } from './csp.js';
import type { EmbedQueryDto } from './dto/embed-query.dto.js';
import type { OEmbedDto, OEmbedQueryDto } from './dto/oembed.dto.js';
import { renderEmbedPage, type WidgetKind } from './embed-page.js';
import { FormatNotImplementedError, NotEmbeddableError } from './embed.errors.js';

/** Parameters each widget understands; the others are ignored rather than passed on. */
const APPLIES: Record<WidgetKind, (keyof EmbedQueryDto)[]> = {
  projects: ['limit', 'sector', 'unit', 'department', 'featured', 'project'],
  map: ['sector', 'unit', 'department', 'height'],
  policies: ['limit', 'sector', 'unit', 'department'],
  search: [],
};

const CARD = { width: 480, height: 300 };

@Injectable()
export class EmbedService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly settings: PortalSettingsService,
  ) {}

  /** Origins that may frame the widgets and call the public API from the browser. */
  async allowedOrigins(): Promise<string[]> {
    const { embedAllowList } = await this.settings.portal();
    // While the development demo host runs, its second origin is allowed too (never in production: config refuses it).
    return [...new Set([...embedAllowList, ...loopbackOrigins(this.config.embed.demoPort)])];
  }

  async page(kind: WidgetKind, q: EmbedQueryDto): Promise<{ html: string; csp: string }> {
    const origins = await this.allowedOrigins();
    const attributes = Object.fromEntries(APPLIES[kind].map((k) => [k, q[k]])) as Record<string, string | number | boolean | undefined>;
    const html = renderEmbedPage({ kind, lang: q.lang, portalName: this.config.portal.name[q.lang], attributes, allowedOrigins: origins });
    return { html, csp: embedCsp(origins) };
  }

  /** oEmbed (https://oembed.com/) for project pages: a card in an iframe of /embed/projects?project=…. */
  async oembed(q: OEmbedQueryDto): Promise<OEmbedDto> {
    if (q.format === 'xml') throw new FormatNotImplementedError('xml');
    const match = this.projectPath(q.url);
    if (!match) throw new NotEmbeddableError();
    const project = await this.db.getRepository(Project).findOne({
      where: { slug: match.slug, status: In([...PUBLIC_STATUSES]) },
      select: { id: true, slug: true, title: true },
    });
    if (!project) throw new NotEmbeddableError();
    const { lang } = match;
    const title = (lang === 'en' && project.title.en) || project.title.vi;
    const width = Math.min(CARD.width, q.maxwidth ?? CARD.width);
    const height = Math.min(CARD.height, q.maxheight ?? CARD.height);
    const src = `${this.config.publicUrl}/embed/projects?lang=${lang}&project=${encodeURIComponent(project.slug)}`;
    return {
      type: 'rich',
      version: '1.0',
      title,
      provider_name: this.config.portal.name[lang],
      provider_url: this.config.publicUrl,
      html: `<iframe src="${escapeHtml(src)}" title="${escapeHtml(title)}" width="${width}" height="${height}" style="border:0;max-width:100%" loading="lazy"></iframe>`,
      width,
      height,
      cache_age: 3600,
    };
  }

  /** `{PUBLIC_URL}/{lang}/projects/{slug}` (query and fragment ignored); anything else is not ours. */
  private projectPath(raw: string): { lang: 'vi' | 'en'; slug: string } | null {
    let url: URL;
    try {
      url = new URL(raw);
    } catch {
      return null;
    }
    if (url.origin !== new URL(this.config.publicUrl).origin) return null;
    const m = /^\/(vi|en)\/projects\/([a-z0-9]+(?:-[a-z0-9]+)*)\/?$/.exec(url.pathname);
    return m ? { lang: m[1] as 'vi' | 'en', slug: m[2] } : null;
  }
}
