import {
  afterNextRender,
  ChangeDetectionStrategy,
  Component,
  computed,
  DOCUMENT,
  inject,
  Injector,
  signal,
} from '@angular/core';
import { rxResource, toSignal } from '@angular/core/rxjs-interop';
import { ActivatedRoute, RouterLink } from '@angular/router';
import { map } from 'rxjs';

import { Api, type Schemas } from '../core/api/api';
import { I18n } from '../core/i18n/i18n';
import { LANG_NAMES } from '../core/i18n/lang';
import type { MessageKey } from '../core/i18n/vi';
import { httpStatus } from './api-errors';
import { formatDate, formatDateTime } from './dates';
import { markPagePrivate } from './private-page';
import { RatingForm } from './rating-form';

type InquiryTrackingDto = Schemas['InquiryTrackingDto'];
type Status = InquiryTrackingDto['status'];

export const STEPS: readonly Status[] = ['new', 'acknowledged', 'answered', 'closed'];

const STATUS_LABEL: Readonly<Record<Status, MessageKey>> = {
  new: 'inquiries.status.new',
  acknowledged: 'inquiries.status.acknowledged',
  answered: 'inquiries.status.answered',
  closed: 'inquiries.status.closed',
};

export interface StepView {
  status: Status;
  label: string;
  done: boolean;
  current: boolean;
}

/** The status list: every step before the current one is done. */
export function stepsFor(status: Status, label: (s: Status) => string): StepView[] {
  const at = STEPS.indexOf(status);
  return STEPS.map((s, i) => ({ status: s, label: label(s), done: i < at, current: i === at }));
}

/**
 * `/{lang}/inquiries/track/{token}`: the investor's private view of an inquiry. The token in the
 * URL is the only key, so the page is kept out of search engines and sends no referrer.
 */
@Component({
  selector: 'app-track-page',
  imports: [RouterLink, RatingForm],
  templateUrl: './track.html',
  styleUrl: './track.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class TrackPage {
  private readonly api = inject(Api);
  private readonly i18n = inject(I18n);
  private readonly injector = inject(Injector);
  private readonly document = inject(DOCUMENT);

  protected readonly t = this.i18n.t;
  protected readonly lang = this.i18n.lang;

  protected readonly token = toSignal(inject(ActivatedRoute).paramMap.pipe(map((p) => p.get('token') ?? '')), {
    initialValue: '',
  });

  protected readonly inquiry = rxResource({
    params: () => (this.token() ? { token: this.token() } : undefined),
    stream: ({ params }) => this.api.get('/api/v1/inquiries/track/{token}', { path: { token: params.token } }),
  });

  protected readonly invalid = computed(() => httpStatus(this.inquiry.error()) === 404);
  protected readonly ratingNotice = signal<MessageKey | null>(null);

  protected readonly view = computed(() => {
    if (!this.inquiry.hasValue()) return null;
    const v = this.inquiry.value();
    const lang = this.lang();
    const subjectPath = v.subject?.type === 'policy' ? 'policies' : 'projects';
    return {
      reference: v.reference,
      steps: stepsFor(v.status, (s) => this.t(STATUS_LABEL[s])),
      subject: v.subject
        ? {
            kind: this.t(v.subject.type === 'project' ? 'inquiries.track.subject.project' : 'inquiries.track.subject.policy'),
            title: this.i18n.pick(v.subject.title),
            untranslated: lang === 'en' && !v.subject.title.en,
            link: v.subject.public ? ['/', lang, subjectPath, v.subject.slug] : null,
          }
        : null,
      department: this.i18n.pick(v.department.name),
      departmentUntranslated: lang === 'en' && !v.department.name.en,
      sent: formatDateTime(v.createdAt, lang),
      due: formatDateTime(v.dueAt, lang),
      preferredLang: v.preferredLang,
      preferredLangName: LANG_NAMES[v.preferredLang],
      message: v.message,
      replies: v.replies.map((r) => ({ body: r.body, sent: formatDateTime(r.sentAt, lang) })),
      rating: v.rating
        ? {
            value: this.t('inquiries.rating.value', { score: v.rating.score }),
            comment: v.rating.comment,
            date: formatDate(v.rating.ratedAt, lang),
          }
        : null,
      canRate: v.canRate,
    };
  });

  constructor() {
    markPagePrivate();
  }

  protected onRated(dto: InquiryTrackingDto): void {
    this.ratingNotice.set('inquiries.rating.thanks');
    this.inquiry.set(dto);
    afterNextRender(() => this.document.getElementById('rating-result')?.focus(), { injector: this.injector });
  }

  protected onStale(): void {
    this.ratingNotice.set('inquiries.rating.error.conflict');
    this.inquiry.reload();
  }
}
