/**
 * <invest-projects lang limit sector unit department featured project portal>: the newest calls
 * for investment as cards, or one call (`project="slug"`, the oEmbed card).
 */
import { parseBool, parseFilters, parseLimit, parseSlug, type Lang } from './attrs';
import { getJson, InvestElement, type Rendered } from './base';
import {
  BadResponse,
  isView,
  listOf,
  matchesFilters,
  projectFromCard,
  projectFromHit,
  type ProjectView,
} from './data';
import { h, type Child } from './dom';
import { formatArea, formatVnd, t } from './i18n';
import { pageUrl, planProjects, seeAllUrl } from './urls';

export class InvestProjects extends InvestElement {
  protected async render(lang: Lang, signal: AbortSignal): Promise<Rendered> {
    const filters = parseFilters((name) => this.getAttribute(name));
    const limit = parseLimit(this.getAttribute('limit'));
    const featured = parseBool(this.getAttribute('featured'));
    const project = parseSlug(this.getAttribute('project'));
    const plan = planProjects(this.portal, { lang, limit, filters, featured, project });
    const body = await getJson(plan.url, signal);

    if (plan.kind === 'one') {
      const one = projectFromCard(body, lang);
      if (!one) throw new BadResponse('not a project');
      return { state: 'ready', nodes: [this.card(one, lang, 'h2')] };
    }

    let items: ProjectView[] =
      plan.kind === 'list'
        ? listOf(body, 'items').map((raw) => projectFromCard(raw, lang)).filter(isView)
        : listOf(body, 'hits').map((raw) => projectFromHit(raw, lang)).filter(isView);
    if (plan.filterHere) items = items.filter((p) => matchesFilters(p, filters));
    items = items.slice(0, limit);

    return {
      state: items.length ? 'ready' : 'empty',
      nodes: [
        h('h2', { class: 'invest-heading' }, t(lang, featured ? 'featuredHeading' : 'projectsHeading')),
        items.length
          ? h('ul', { class: 'invest-list' }, items.map((p) => h('li', {}, this.card(p, lang, 'h3'))))
          : h('p', { class: 'invest-message' }, t(lang, 'projectsEmpty')),
        this.fallback(lang),
      ],
    };
  }

  protected override fallback(lang: Lang): Child {
    const filters = parseFilters((name) => this.getAttribute(name));
    return h(
      'p',
      { class: 'invest-more' },
      this.link(seeAllUrl(this.portal, lang, 'projects', filters), lang, t(lang, 'projectsAll'), { class: 'invest-more-link' }),
    );
  }

  private card(p: ProjectView, lang: Lang, heading: 'h2' | 'h3'): HTMLElement {
    const fact = (label: string, value: string) =>
      value ? h('div', {}, h('dt', {}, label), h('dd', {}, value)) : null;
    return h(
      'article',
      { class: 'invest-card', 'data-slug': p.slug },
      h(
        heading,
        { class: 'invest-card-title' },
        this.link(pageUrl(this.portal, lang, 'projects', p.slug), lang, p.title, { lang: p.titleLang }),
      ),
      p.status === 'awarded' ? h('p', { class: 'invest-badge' }, t(lang, 'awarded')) : null,
      h(
        'dl',
        { class: 'invest-card-facts' },
        fact(t(lang, 'sectors'), p.sectors.join(', ')),
        fact(t(lang, 'unit'), p.unit),
        fact(t(lang, 'capital'), formatVnd(p.capitalVnd, lang) || t(lang, 'unknown')),
        fact(t(lang, 'area'), formatArea(p.areaHa, lang) || t(lang, 'unknown')),
        fact(t(lang, 'department'), p.department),
      ),
    );
  }
}
