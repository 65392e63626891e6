import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { RouterLink } from '@angular/router';
import { catchError, map, of } from 'rxjs';

import { Api, type Schemas } from '../core/api/api';
import { I18n } from '../core/i18n/i18n';
import { formatDate } from '../shared/content/date';
import { VALIDITY_BADGE_STYLES, validityBadge } from './incentive-view';

type Match = Schemas['PublicIncentiveMatchDto'];

/**
 * "Incentives that may apply" on a project page: published policies whose sectors and units
 * match the project (`GET /projects/{slug}/incentives`), with legal number and validity. Nothing
 * is shown while loading, when nothing matches or when the request fails: the page is complete
 * without it.
 */
@Component({
  selector: 'app-incentive-check',
  imports: [RouterLink],
  template: `
    @if (items().length) {
      <section aria-labelledby="incentives-heading" data-incentives>
        <h2 id="incentives-heading">{{ t('quality.incentives') }}</h2>
        <p class="lead">{{ t('quality.incentives.lead') }}</p>
        <ul>
          @for (i of items(); track i.id) {
            <li [attr.data-incentive]="i.slug" [attr.data-validity]="i.validity">
              <a [routerLink]="['/', lang(), 'policies', i.slug]" data-incentive-title>{{ i.title }}</a>
              <p class="meta">
                <span data-incentive-legal>{{ t('quality.incentives.legal', { number: i.legalNumber }) }}</span>
                @if (i.badge; as b) {
                  <span [class]="'validity validity--' + b.tone" data-incentive-validity>{{ t(b.label) }}</span>
                }
                @if (i.period) {
                  <span>{{ i.period }}</span>
                }
              </p>
              @if (i.linked) {
                <p class="linked" data-incentive-linked>{{ t('quality.incentives.linked') }}</p>
              }
            </li>
          }
        </ul>
      </section>
    }
  `,
  styles: `
    :host { display: block; }
    section { margin-bottom: 1.75rem; }
    h2 { margin: 0 0 0.25rem; font-size: 1.25rem; }
    .lead, .linked { margin: 0; color: #4a4a4a; font-size: 0.9375rem; }
    ul { margin: 0.5rem 0 0; padding: 0; list-style: none; }
    li { padding: 0.5rem 0; border-bottom: 1px solid #c8ccd4; }
    .meta { display: flex; flex-wrap: wrap; align-items: center; gap: 0.25rem 0.75rem; margin: 0.25rem 0 0; font-size: 0.9375rem; }
    ${VALIDITY_BADGE_STYLES}
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class IncentiveCheck {
  /** The project's slug. */
  readonly slug = input.required<string>();

  private readonly api = inject(Api);
  private readonly i18n = inject(I18n);
  protected readonly t = this.i18n.t;
  protected readonly lang = this.i18n.lang;

  private readonly check = rxResource({
    params: () => ({ slug: this.slug(), lang: this.lang() }),
    stream: ({ params }) =>
      this.api
        .get('/api/v1/projects/{slug}/incentives', { path: { slug: params.slug }, query: { lang: params.lang } })
        .pipe(
          map((r): Match[] => r.items),
          // A failure leaves the section out, quietly.
          catchError(() => of<Match[]>([])),
        ),
  });

  protected readonly items = computed(() => {
    if (!this.check.hasValue()) return [];
    const lang = this.lang();
    return this.check.value().map((m) => ({
      ...m,
      badge: validityBadge(m.validity),
      period:
        m.validity === 'not-yet' && m.validFrom
          ? this.t('quality.incentives.validFrom', { date: formatDate(m.validFrom, lang) })
          : m.validity === 'valid' && m.validTo
            ? this.t('projects.policies.validTo', { date: formatDate(m.validTo, lang) })
            : '',
    }));
  });
}
