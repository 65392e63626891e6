import {
  afterNextRender,
  ChangeDetectionStrategy,
  Component,
  computed,
  DOCUMENT,
  effect,
  ElementRef,
  inject,
  Injector,
  input,
  linkedSignal,
  output,
  signal,
  viewChild,
} from '@angular/core';
import { rxResource, toSignal } from '@angular/core/rxjs-interop';
import { ActivatedRoute } from '@angular/router';
import { map } from 'rxjs';

import { Api, type Schemas } from '../../core/api/api';
import { I18n, registerMessages } from '../../core/i18n/i18n';
import { formatDate } from '../../shared/content/date';
import type { ProjectFormValue } from '../editor/project-form';
import { EnglishReview } from './english-review';
import { qualityWsEn, qualityWsVi } from './messages';
import { FRESHNESS_LABEL, FRESHNESS_MESSAGE, missingFieldViews } from './quality-logic';

registerMessages({ vi: qualityWsVi, en: qualityWsEn });

type ProjectDto = Schemas['ProjectDto'];
type Quality = Schemas['ProjectQualityDto'];

/**
 * "Information quality" at the top of the project editor (`GET …/quality`, counted on the saved
 * version): completeness with a meter and the missing fields, each a link to its place in the
 * form; freshness with the "still current" button (reminder mails open the editor with
 * `?action=verify`: the button is then scrolled to, focused and highlighted); English parity with
 * the editorial board's confirmation.
 */
@Component({
  selector: 'app-ws-quality-panel',
  imports: [EnglishReview],
  template: `
    <section class="quality" aria-labelledby="pe-quality-heading" data-quality>
      <h2 id="pe-quality-heading">{{ t('qualityWs.heading') }}</h2>
      @if (quality.error()) {
        <p class="quality__error" role="alert">
          {{ t('qualityWs.loadError') }}
          <button type="button" class="button button--secondary" (click)="quality.reload()">{{ t('qualityWs.retry') }}</button>
        </p>
      } @else if (shown(); as q) {
        <div class="quality__score">
          <label for="pe-quality-meter">{{ t('qualityWs.completeness') }}:</label>
          <strong data-quality-score>{{ t('qualityWs.completeness.value', { score: q.completeness.score }) }}</strong>
          <meter id="pe-quality-meter" min="0" max="100" [value]="q.completeness.score">{{ q.completeness.score }}%</meter>
          <span class="hint">{{ t('qualityWs.saved') }}</span>
        </div>
        @if (missing().length) {
          <p class="quality__missing-label" id="pe-quality-missing">{{ t('qualityWs.missing', { count: missing().length }) }}</p>
          <ul class="quality__missing" aria-labelledby="pe-quality-missing" data-quality-missing>
            @for (m of missing(); track m.field) {
              <li [attr.data-field]="m.field"><a [href]="href(m.target)" (click)="go($event, m.target)">{{ t(m.label) }}</a></li>
            }
          </ul>
        } @else {
          <p data-quality-missing-none>{{ t('qualityWs.missing.none') }}</p>
        }

        <div class="quality__part" data-freshness [attr.data-state]="q.freshness.state">
          <h3>{{ t('qualityWs.freshness') }}</h3>
          @if (isPublic()) {
            @let f = q.freshness;
            <dl class="quality__facts">
              <div>
                <dt>{{ t('qualityWs.freshness.verified') }}</dt>
                <dd data-freshness-verified>{{ f.lastVerifiedAt ? date(f.lastVerifiedAt) : t('qualityWs.freshness.never') }}</dd>
              </div>
              @if (f.ageDays !== null) {
                <div>
                  <dt>{{ t('qualityWs.freshness.age') }}</dt>
                  <dd data-freshness-age>{{ t(f.ageDays === 1 ? 'qualityWs.freshness.ageDay' : 'qualityWs.freshness.ageDays', { days: f.ageDays }) }}</dd>
                </div>
              }
              <div>
                <dt>{{ t('qualityWs.freshness.state') }}</dt>
                <dd data-freshness-state>{{ t(freshnessLabel[f.state]) }}</dd>
              </div>
            </dl>
            <p class="quality__message" [class.quality__message--due]="f.state !== 'fresh'" data-freshness-message>
              {{ t(freshnessMessage[f.state], { remind: f.remindDays, stale: f.staleDays }) }}
            </p>
            @if (f.remindedAt) {
              <p class="hint">{{ t('qualityWs.freshness.reminded', { date: date(f.remindedAt) }) }}</p>
            }
            @if (f.escalatedAt) {
              <p class="hint">{{ t('qualityWs.freshness.escalated', { date: date(f.escalatedAt) }) }}</p>
            }
            @if (canVerify()) {
              @if (highlight()) {
                <p class="quality__prompt" id="pe-verify-prompt">{{ t('qualityWs.freshness.verifyHere') }}</p>
              }
              <button #verifyButton type="button" class="button" [class.button--highlight]="highlight()" [disabled]="busy()"
                [attr.aria-describedby]="highlight() ? 'pe-verify-prompt' : null" (click)="onVerify()" data-quality-verify
                [attr.data-highlighted]="highlight() ? '' : null">
                {{ t('ws.action.verify') }}
              </button>
            }
          } @else {
            <p class="hint">{{ t('qualityWs.freshness.notPublic') }}</p>
          }
        </div>

        <div class="quality__part">
          <h3>{{ t('qualityWs.english') }}</h3>
          <app-ws-english-review prefix="pe" kind="projects" [showLabel]="false" [itemId]="project().id" [version]="project().version" [parity]="q.englishParity"
            (confirmed)="quality.reload()" (reload)="reload.emit()" />
        </div>
      } @else {
        <p>{{ t('qualityWs.loading') }}</p>
      }
    </section>
  `,
  styleUrl: './quality.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class QualityPanel {
  private readonly api = inject(Api);
  private readonly i18n = inject(I18n);
  private readonly document = inject(DOCUMENT);
  private readonly injector = inject(Injector);
  private readonly route = inject(ActivatedRoute);
  protected readonly t = this.i18n.t;
  protected readonly freshnessLabel = FRESHNESS_LABEL;
  protected readonly freshnessMessage = FRESHNESS_MESSAGE;

  /** The project as the editor last loaded or saved it. */
  readonly project = input.required<ProjectDto>();
  /** The form's current values (where the "English" link goes). */
  readonly values = input<Partial<ProjectFormValue>>({});
  /** Whether "still current" applies (published or awarded). */
  readonly canVerify = input(false);
  readonly busy = input(false);
  readonly verify = output();
  /** Reload the editor (after a 409 on the English confirmation). */
  readonly reload = output();

  private readonly verifyButton = viewChild<ElementRef<HTMLButtonElement>>('verifyButton');

  /** Asked again whenever the saved project changes (save, verify, upload). */
  protected readonly quality = rxResource({
    params: () => {
      const p = this.project();
      return { id: p.id, version: p.version, updatedAt: p.updatedAt, verifiedAt: p.lastVerifiedAt, documents: p.documents.length };
    },
    stream: ({ params }) => this.api.get('/api/v1/workspace/projects/{id}/quality', { path: { id: params.id } }),
  });

  /** The last answer, kept while a newer one loads (so the panel, and focus in it, stay put). */
  protected readonly shown = linkedSignal<Quality | undefined, Quality | undefined>({
    source: () => (this.quality.hasValue() ? this.quality.value() : undefined),
    computation: (value, previous) => value ?? previous?.value,
  });
  protected readonly missing = computed(() => {
    const q = this.shown();
    return q ? missingFieldViews(q.completeness.missing, this.values()) : [];
  });
  protected readonly isPublic = computed(() => this.project().status === 'published' || this.project().status === 'awarded');

  /** Opened from a reminder mail (`?action=verify`) and not verified here yet. */
  private readonly fromReminder = toSignal(this.route.queryParamMap.pipe(map((q) => q.get('action') === 'verify')), {
    initialValue: false,
  });
  private readonly verifiedHere = signal(false);
  protected readonly highlight = computed(() => this.fromReminder() && !this.verifiedHere());
  private broughtIntoView = false;

  constructor() {
    effect(() => {
      const button = this.verifyButton()?.nativeElement;
      if (!button || !this.highlight() || this.broughtIntoView) return;
      this.broughtIntoView = true;
      afterNextRender(
        () => {
          button.scrollIntoView?.({ block: 'center' });
          button.focus({ preventScroll: true });
        },
        { injector: this.injector },
      );
    });
  }

  protected onVerify(): void {
    this.verifiedHere.set(true);
    this.verify.emit();
  }

  protected date(value: string): string {
    return formatDate(value, this.i18n.lang());
  }

  /** A real fragment link on this page (`<base href="/">` would make `#id` point at the root). */
  protected href(target: string): string {
    return `${this.i18n.url().split('#')[0].split('?')[0]}#${target}`;
  }

  /** Moves focus to the field and scrolls its label (or section) into view, without navigating. */
  protected go(event: Event, target: string): void {
    event.preventDefault();
    const control = this.document.getElementById(target);
    if (!control) return;
    const context = control.closest('fieldset') ?? control.closest('.field') ?? control;
    context.scrollIntoView?.({ block: 'start' });
    control.focus({ preventScroll: true });
    // A read-only form's controls are disabled and take no focus: the field's group takes it.
    if (this.document.activeElement !== control && context instanceof HTMLElement) {
      if (!context.hasAttribute('tabindex')) context.setAttribute('tabindex', '-1');
      context.focus({ preventScroll: true });
    }
  }
}
