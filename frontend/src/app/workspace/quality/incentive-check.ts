import {
  afterNextRender,
  ChangeDetectionStrategy,
  Component,
  computed,
  DOCUMENT,
  inject,
  Injector,
  input,
  linkedSignal,
  output,
} from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { RouterLink } from '@angular/router';

import { Api, type Schemas } from '../../core/api/api';
import { I18n, registerMessages } from '../../core/i18n/i18n';
import type { WorkspaceMessageKey } from '../../core/i18n/vi';
import { VALIDITY_BADGE_STYLES, validityBadge } from '../../projects/incentive-view';
import { linkState, type LinkState } from './quality-logic';
import { qualityWsEn, qualityWsVi } from './messages';

registerMessages({ vi: qualityWsVi, en: qualityWsEn });

type ProjectDto = Schemas['ProjectDto'];
type Check = Schemas['IncentiveCheckDto'];

const STATE_LABEL: Readonly<Record<LinkState, WorkspaceMessageKey>> = {
  linked: 'qualityWs.incentives.linked',
  pending: 'qualityWs.incentives.pending',
  unlinking: 'qualityWs.incentives.unlinking',
  unlinked: 'qualityWs.incentives.unlinked',
};

/**
 * The project editor's incentive check (`GET …/incentives`, on the saved project): published
 * policies whose sectors and units match, with validity, what matched and whether each is linked.
 * "Link this policy" ticks the policy in the editor's own policy list (the form's `policyIds`);
 * saving the form links it, as with the checkbox.
 */
@Component({
  selector: 'app-ws-incentive-check',
  imports: [RouterLink],
  template: `
    <section class="incentives" aria-labelledby="pe-incentives-heading" data-incentive-check>
      <h2 id="pe-incentives-heading" tabindex="-1">{{ t('qualityWs.incentives') }}</h2>
      <p class="hint">{{ t('qualityWs.incentives.lead') }}</p>
      @if (check.error()) {
        <p class="error" role="alert">
          {{ t('qualityWs.incentives.error') }}
          <button type="button" class="button button--secondary" (click)="check.reload()">{{ t('qualityWs.retry') }}</button>
        </p>
      } @else if (shown()) {
        @if (items().length === 0) {
          <p data-incentive-none>{{ t('qualityWs.incentives.none') }}</p>
        } @else {
          <ul class="incentives__list">
            @for (i of items(); track i.id) {
              <li [attr.data-incentive]="i.id" [attr.data-validity]="i.validity" [attr.data-link-state]="i.state">
                <a class="incentives__title" [routerLink]="['/workspace/policies', i.id]">{{ i.title }}</a>
                <p class="incentives__meta">
                  <span>{{ t('qualityWs.incentives.legal', { number: i.legalNumber }) }}</span>
                  @if (i.badge; as b) {
                    <span [class]="'validity validity--' + b.tone" data-incentive-validity>{{ t(b.label) }}</span>
                  }
                </p>
                <p class="incentives__meta">{{ i.sectors }} · {{ i.units }}</p>
                <p class="incentives__state">
                  <span [id]="'pe-incentive-state-' + i.id" tabindex="-1" data-incentive-state>{{ t(i.stateLabel) }}</span>
                  @if (editable() && (i.state === 'unlinked' || i.state === 'unlinking')) {
                    <button type="button" class="button button--secondary" (click)="linkPolicy(i.id)" data-incentive-link>
                      {{ t('qualityWs.incentives.link') }}<span class="visually-hidden">{{ ': ' + i.title }}</span>
                    </button>
                  }
                </p>
              </li>
            }
          </ul>
        }
      } @else {
        <p>{{ t('qualityWs.loading') }}</p>
      }
    </section>
  `,
  styles: `
    :host { display: block; }
    .incentives { margin-bottom: 1.5rem; padding-top: 0.5rem; border-top: 2px solid #c8ccd4; overflow-wrap: anywhere; }
    h2 { font-size: 1.25rem; }
    .hint { margin: 0 0 0.5rem; color: #4a4a4a; }
    .error { color: #a4161a; font-weight: 600; }
    .incentives__list { margin: 0; padding: 0; list-style: none; }
    li { padding: 0.5rem 0; border-bottom: 1px solid #c8ccd4; }
    .incentives__title { font-weight: 600; }
    .incentives__meta, .incentives__state { display: flex; flex-wrap: wrap; align-items: center; gap: 0.25rem 0.75rem; margin: 0.25rem 0 0; font-size: 0.9375rem; }
    .incentives__state span { font-weight: 600; }
    .button { min-height: 2.75rem; padding: 0.25rem 1rem; border: 2px solid #163a70; border-radius: 0.25rem; background: #f3f5f8; color: #0e2850; font: inherit; font-weight: 600; cursor: pointer; }
    ${VALIDITY_BADGE_STYLES}
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class EditorIncentiveCheck {
  private readonly api = inject(Api);
  private readonly i18n = inject(I18n);
  private readonly document = inject(DOCUMENT);
  private readonly injector = inject(Injector);
  protected readonly t = this.i18n.t;

  /** The project as last loaded or saved (the check is asked again after each save). */
  readonly project = input.required<ProjectDto>();
  /** Policy ids ticked in the form now (saved or not). */
  readonly selected = input.required<readonly string[]>();
  readonly editable = input.required<boolean>();
  /** Tick this policy in the form's policy list. */
  readonly link = output<string>();

  protected readonly check = rxResource({
    params: () => {
      const p = this.project();
      return { id: p.id, version: p.version, updatedAt: p.updatedAt };
    },
    stream: ({ params }) => this.api.get('/api/v1/workspace/projects/{id}/incentives', { path: { id: params.id } }),
  });

  private readonly taxonomies = rxResource({ stream: () => this.api.get('/api/v1/taxonomies') });

  /** The last answer, kept while a newer one loads (after a save). */
  protected readonly shown = linkedSignal<Check | undefined, Check | undefined>({
    source: () => (this.check.hasValue() ? this.check.value() : undefined),
    computation: (value, previous) => value ?? previous?.value,
  });

  protected readonly items = computed(() => {
    const check = this.shown();
    if (!check) return [];
    const pick = this.i18n.pick;
    const tax = this.taxonomies.hasValue() ? this.taxonomies.value() : null;
    const sectorName = (code: string) => {
      const s = tax?.sectors.find((x) => x.code === code);
      return s ? pick(s.name) : code;
    };
    const unitName = (code: string) => {
      const u = tax?.units.find((x) => x.code === code);
      return u ? pick(u.name) : code;
    };
    const selected = new Set(this.selected());
    return check.items.map((m) => {
      const state = linkState(m.linked, selected.has(m.id));
      const { sectors, units } = m.matchedBy;
      return {
        id: m.id,
        title: pick(m.title),
        legalNumber: m.legalNumber,
        validity: m.validity,
        badge: validityBadge(m.validity),
        sectors: this.t('qualityWs.incentives.sectors', {
          sectors: sectors.length ? sectors.map(sectorName).join(', ') : this.t('qualityWs.incentives.allSectors'),
        }),
        units: this.t('qualityWs.incentives.units', {
          units: units === 'province' ? this.t('qualityWs.incentives.province') : units.map(unitName).join(', '),
        }),
        state,
        stateLabel: STATE_LABEL[state],
      };
    });
  });

  /** Ticks the policy, then keeps focus on its row (the button goes away). */
  protected linkPolicy(id: string): void {
    this.link.emit(id);
    afterNextRender(() => this.document.getElementById(`pe-incentive-state-${id}`)?.focus(), { injector: this.injector });
  }
}
