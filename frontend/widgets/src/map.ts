/**
 * <invest-map lang sector unit department height portal>: the matching projects on a map (circle
 * markers, popups linking to the project). Leaflet lives in widgets-map.js, loaded on first use,
 * while the settings and points are fetched.
 */
import { parseFilters, parseHeight, type Lang } from './attrs';
import { getJson, InvestElement, type Rendered } from './base';
import { mapPoints, mapSettings } from './data';
import { h, type Child } from './dom';
import { isEmbedded } from './embed';
import { formatCount, t } from './i18n';
import { loadMapApi } from './map-loader';
import type { MapHandle } from './map-types';
import { mapUrls, pageUrl, seeAllUrl } from './urls';

export class InvestMap extends InvestElement {
  private handle: MapHandle | null = null;

  protected async render(lang: Lang, signal: AbortSignal): Promise<Rendered> {
    const filters = parseFilters((name) => this.getAttribute(name));
    const urls = mapUrls(this.portal, lang, filters);
    const [settingsBody, pointsBody, api] = await Promise.all([getJson(urls.settings, signal), getJson(urls.points, signal), loadMapApi()]);
    const settings = mapSettings(settingsBody);
    const { points, total } = mapPoints(pointsBody);

    const canvas = h('div', { class: 'invest-map-canvas' });
    canvas.style.height = `${parseHeight(this.getAttribute('height'))}px`;
    const count = formatCount(points.length, lang);
    const note =
      total > points.length
        ? t(lang, 'mapCapped', { count, total: formatCount(total, lang) })
        : t(lang, 'mapCount', { count });
    const portal = this.portal;
    return {
      state: points.length ? 'ready' : 'empty',
      nodes: [canvas, h('p', { class: 'invest-map-note' }, `${note}. `, this.listLink(lang))],
      mounted: () => {
        this.handle = api.render(canvas, {
          settings,
          points,
          lang,
          href: (slug) => pageUrl(portal, lang, 'projects', slug),
          newTab: isEmbedded(document),
          label: t(lang, 'mapLabel'),
          newTabText: t(lang, 'newTab'),
        });
      },
    };
  }

  protected override fallback(lang: Lang): Child {
    return h('p', { class: 'invest-more' }, this.listLink(lang));
  }

  /** The same projects as a list on the portal: what keyboard and screen-reader users can use. */
  private listLink(lang: Lang): HTMLElement {
    const filters = parseFilters((name) => this.getAttribute(name));
    return this.link(seeAllUrl(this.portal, lang, 'projects', filters), lang, t(lang, 'mapList'), { class: 'invest-more-link' });
  }

  protected override cleanup(): void {
    this.handle?.destroy();
    this.handle = null;
  }
}
