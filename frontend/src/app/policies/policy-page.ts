import { HttpErrorResponse } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, computed, effect, inject, untracked } from '@angular/core';
import { rxResource, toSignal } from '@angular/core/rxjs-interop';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { map } from 'rxjs';

import { Api, Schemas } from '../core/api/api';
import { I18n } from '../core/i18n/i18n';
import { Seo } from '../core/seo/seo';
import { InquiryForm } from '../inquiries/inquiry-form';
import { RelatedNews } from '../news/related-news';
import { formatDate, portalToday } from '../shared/content/date';
import { DocumentList } from '../shared/content/document-list';
import { UntranslatedNotice } from '../shared/content/untranslated-notice';
import { fieldLang, hasUntranslated } from '../shared/content/untranslated';
import { Share } from '../shared/share/share';
import { INCENTIVE_LABEL } from './incentives';
import { validityOn } from './validity';

type Policy = Schemas['PublicPolicyDto'];

/**
 * `/{lang}/policies/{slug}`: one incentive policy with its legal basis, validity (computed
 * against today in Vietnam), scope, provisions, files, sharing and the inquiry form.
 */
@Component({
  selector: 'app-policy-page',
  imports: [RouterLink, DocumentList, UntranslatedNotice, Share, InquiryForm, RelatedNews],
  templateUrl: './policy-page.html',
  styleUrl: './policy-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PolicyPage {
  private readonly api = inject(Api);
  private readonly i18n = inject(I18n);
  private readonly route = inject(ActivatedRoute);
  private readonly router = inject(Router);
  private readonly seo = inject(Seo);

  protected readonly t = this.i18n.t;
  protected readonly lang = this.i18n.lang;

  private readonly slug = toSignal(this.route.paramMap.pipe(map((p) => p.get('slug') ?? '')), {
    requireSync: true,
  });

  protected readonly policy = rxResource({
    params: () => ({ slug: this.slug(), lang: this.lang() }),
    stream: ({ params }) =>
      this.api.get('/api/v1/policies/{slug}', { path: { slug: params.slug }, query: { lang: params.lang } }),
  });

  protected readonly p = computed<Policy | undefined>(() =>
    this.policy.hasValue() ? this.policy.value() : undefined,
  );

  protected readonly notFound = computed(() => {
    const error = this.policy.error();
    return error instanceof HttpErrorResponse && error.status === 404;
  });

  protected readonly untranslated = computed(() => hasUntranslated(this.p(), this.lang()));
  protected readonly langOf = (field: string): 'vi' | null => fieldLang(this.p(), this.lang(), field);

  protected readonly facts = computed(() => {
    const p = this.p();
    if (!p) return null;
    const lang = this.lang();
    const validity = validityOn(p.validFrom, p.validTo, portalToday());
    return {
      legal: this.t('policies.facts.legalValue', {
        number: p.legalBasis.number,
        issuer: p.legalBasis.issuer,
        date: formatDate(p.legalBasis.date, lang),
      }),
      validity,
      validityLabel: this.t(`policies.validity.${validity}`),
      validFrom: p.validFrom ? this.t('policies.facts.validFrom', { date: formatDate(p.validFrom, lang) }) : '',
      validTo: p.validTo
        ? this.t('policies.facts.validTo', { date: formatDate(p.validTo, lang) })
        : this.t('policies.facts.noEnd'),
      incentives: p.incentiveTypes.map((c) => this.t(INCENTIVE_LABEL[c])).join(', '),
      sectors: p.sectors.map((s) => s.name).join(', '),
      units: p.units.length ? p.units.map((u) => u.name).join(', ') : this.t('policies.facts.wholeProvince'),
      department: p.department.name,
      published: formatDate(p.publishedAt, lang),
    };
  });

  protected readonly pageUrl = computed(() => {
    const p = this.p();
    return p ? `/${this.lang()}/policies/${encodeURIComponent(p.slug)}` : '';
  });

  constructor() {
    effect(() => {
      const p = this.p();
      const notFound = this.notFound();
      const lang = this.lang();
      untracked(() => {
        if (p) {
          this.seo.set({ lang, url: this.router.url, title: p.title, description: p.summary, type: 'article' });
        } else if (notFound) {
          this.seo.set({
            lang,
            url: this.router.url,
            title: this.t('policies.notFound.title'),
            description: this.t('policies.notFound.text'),
          });
        }
      });
    });
  }
}
