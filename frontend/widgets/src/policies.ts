/**
 * <invest-policies lang limit sector unit department portal>: the newest incentive policies, with
 * their document number and validity when the API gives them.
 */
import { parseFilters, parseLimit, type Lang } from './attrs';
import { getJson, InvestElement, type Rendered } from './base';
import { isView, listOf, policyFromCard, policyFromHit, type PolicyView } from './data';
import { h, type Child } from './dom';
import { formatDate, portalToday, t, validityOn } from './i18n';
import { pageUrl, planPolicies, seeAllUrl } from './urls';

/** "Hiệu lực: từ 01/03/2021 đến 31/12/2025 · Đang có hiệu lực"; '' without dates. */
export function validityText(p: Pick<PolicyView, 'validFrom' | 'validTo'>, lang: Lang, today: string = portalToday()): string {
  if (!p.validFrom && !p.validTo) return '';
  const range = [
    p.validFrom ? t(lang, 'validFrom', { date: formatDate(p.validFrom, lang) }) : '',
    p.validTo ? t(lang, 'validTo', { date: formatDate(p.validTo, lang) }) : '',
  ]
    .filter(Boolean)
    .join(' ');
  return `${t(lang, 'validity')}: ${range} · ${t(lang, validityOn(p.validFrom, p.validTo, today))}`;
}

export class InvestPolicies extends InvestElement {
  protected async render(lang: Lang, signal: AbortSignal): Promise<Rendered> {
    const filters = parseFilters((name) => this.getAttribute(name));
    const limit = parseLimit(this.getAttribute('limit'));
    const plan = planPolicies(this.portal, { lang, limit, filters });
    const body = await getJson(plan.url, signal);
    const items = (
      plan.kind === 'list'
        ? listOf(body, 'items').map((raw) => policyFromCard(raw, lang))
        : listOf(body, 'hits').map((raw) => policyFromHit(raw, lang))
    )
      .filter(isView)
      .slice(0, limit);
    return {
      state: items.length ? 'ready' : 'empty',
      nodes: [
        h('h2', { class: 'invest-heading' }, t(lang, 'policiesHeading')),
        items.length
          ? h('ul', { class: 'invest-rows' }, items.map((p) => this.row(p, lang)))
          : h('p', { class: 'invest-message' }, t(lang, 'policiesEmpty')),
        this.fallback(lang),
      ],
    };
  }

  protected override fallback(lang: Lang): Child {
    const filters = parseFilters((name) => this.getAttribute(name));
    return h(
      'p',
      { class: 'invest-more' },
      this.link(seeAllUrl(this.portal, lang, 'policies', filters), lang, t(lang, 'policiesAll'), { class: 'invest-more-link' }),
    );
  }

  private row(p: PolicyView, lang: Lang): HTMLElement {
    const validity = validityText(p, lang);
    return h(
      'li',
      { class: 'invest-policy', 'data-slug': p.slug },
      h(
        'h3',
        { class: 'invest-policy-title' },
        this.link(pageUrl(this.portal, lang, 'policies', p.slug), lang, p.title, { lang: p.titleLang }),
      ),
      p.legalNumber ? h('p', { class: 'invest-policy-meta invest-policy-number' }, `${t(lang, 'legal')}: ${p.legalNumber}`) : null,
      validity ? h('p', { class: 'invest-policy-meta invest-policy-validity' }, validity) : null,
    );
  }
}
