/**
 * <invest-search lang target portal>: a search form that opens the portal's project search. A plain
 * GET form (`{portal}/{lang}/projects?q=…`): submitting needs no script of ours.
 */
import { parseTarget, type Lang } from './attrs';
import { InvestElement, type Rendered } from './base';
import { h } from './dom';
import { t } from './i18n';
import { pageUrl } from './urls';

let counter = 0;

export class InvestSearch extends InvestElement {
  /** Unique within the shadow root anyway; unique on the page helps when debugging. */
  private readonly inputId = `invest-q-${++counter}`;

  protected render(lang: Lang): Rendered {
    const target = parseTarget(this.getAttribute('target'));
    const form = h(
      'form',
      { class: 'invest-search-form', role: 'search', method: 'get', action: pageUrl(this.portal, lang, 'projects'), target, rel: target === '_blank' ? 'noopener' : null },
      h(
        'label',
        { class: 'invest-search-label', for: this.inputId },
        t(lang, 'searchLabel'),
        target === '_blank' ? h('span', { class: 'vh' }, ` ${t(lang, 'newTab')}`) : null,
      ),
      h('input', {
        class: 'invest-search-input',
        id: this.inputId,
        type: 'search',
        name: 'q',
        maxlength: 200,
        autocomplete: 'off',
        placeholder: t(lang, 'searchPlaceholder'),
      }),
      h('button', { class: 'invest-search-button', type: 'submit' }, t(lang, 'searchSubmit')),
    );
    return { state: 'ready', nodes: [form] };
  }
}
