import { HttpErrorResponse } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, computed, effect, inject, untracked } from '@angular/core';
import { rxResource, toSignal } from '@angular/core/rxjs-interop';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { catchError, forkJoin, map, of } from 'rxjs';

import { Api, Schemas } from '../core/api/api';
import { I18n } from '../core/i18n/i18n';
import { MessageKey } from '../core/i18n/vi';
import { Seo } from '../core/seo/seo';
import { InquiryForm } from '../inquiries/inquiry-form';
import { RelatedNews } from '../news/related-news';
import { validityOn } from '../policies/validity';
import { telHref } from '../shared/content/contact';
import { formatDate, portalToday } from '../shared/content/date';
import { DocumentList } from '../shared/content/document-list';
import { UntranslatedNotice } from '../shared/content/untranslated-notice';
import { fieldLang, hasUntranslated } from '../shared/content/untranslated';
import { formatArea, formatCount, formatUsd, formatVnd } from '../shared/format/format';
import { MapMarker, MapRing, MapView } from '../shared/map/map';
import { Share } from '../shared/share/share';
import { ProjectCompleteness } from './completeness';
import { IncentiveCheck } from './incentive-check';
import { ProjectCard, ProjectCardView } from './project-card';

type Project = Schemas['PublicProjectDto'];
type Policy = Schemas['PublicPolicyDto'];
type LandStatusKind = Schemas['LandStatusKind'];

const LAND_KIND: Readonly<Record<LandStatusKind, MessageKey>> = {
  cleared: 'projects.land.cleared',
  clearing: 'projects.land.clearing',
  not_cleared: 'projects.land.not_cleared',
  industrial_zone: 'projects.land.industrial_zone',
};

/** Long texts shown as their own sections, in reading order. */
const TEXT_SECTIONS = [
  { field: 'description', heading: 'projects.description' },
  { field: 'objectives', heading: 'projects.objectives' },
  { field: 'landStatus', heading: 'projects.landStatus' },
  { field: 'infrastructure', heading: 'projects.infrastructure' },
  { field: 'timeline', heading: 'projects.timeline' },
] as const satisfies readonly { field: keyof Project; heading: MessageKey }[];

/** How many related projects to show (one more is asked for, in case this one is among them). */
const RELATED = 3;

/** The land plot's outer ring as the map takes it; null without a usable plot. */
export function plotRing(project: Pick<Project, 'landPlot'>): MapRing | null {
  const ring = project.landPlot?.coordinates[0];
  if (!ring || ring.length < 4) return null;
  return ring.map(([lng, lat]) => [lng, lat] as const);
}

/**
 * `/{lang}/projects/{slug}`: everything an investor asks about one call for investment, the
 * incentives that apply with their legal basis, the files, who to contact, sharing and the
 * inquiry form. Prints without the site chrome, the map controls, sharing or the form.
 */
@Component({
  selector: 'app-project-page',
  imports: [RouterLink, MapView, ProjectCard, DocumentList, UntranslatedNotice, Share, InquiryForm, RelatedNews, ProjectCompleteness, IncentiveCheck],
  templateUrl: './project-page.html',
  styleUrl: './project-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ProjectPage {
  private readonly api = inject(Api);
  private readonly i18n = inject(I18n);
  private readonly route = inject(ActivatedRoute);
  private readonly router = inject(Router);
  private readonly seo = inject(Seo);

  protected readonly t = this.i18n.t;
  protected readonly lang = this.i18n.lang;
  protected readonly textSections = TEXT_SECTIONS;

  private readonly slug = toSignal(this.route.paramMap.pipe(map((p) => p.get('slug') ?? '')), {
    requireSync: true,
  });

  protected readonly project = rxResource({
    params: () => ({ slug: this.slug(), lang: this.lang() }),
    stream: ({ params }) =>
      this.api.get('/api/v1/projects/{slug}', { path: { slug: params.slug }, query: { lang: params.lang } }),
  });

  protected readonly p = computed<Project | undefined>(() =>
    this.project.hasValue() ? this.project.value() : undefined,
  );

  protected readonly notFound = computed(() => {
    const error = this.project.error();
    return error instanceof HttpErrorResponse && error.status === 404;
  });

  /** Each linked policy's legal basis and validity; a policy that fails to load is just a link. */
  private readonly policyDetails = rxResource({
    params: () => {
      const p = this.p();
      return p?.policies.length ? { slugs: p.policies.map((x) => x.slug), lang: this.lang() } : undefined;
    },
    stream: ({ params }) =>
      forkJoin(
        params.slugs.map((slug) =>
          this.api
            .get('/api/v1/policies/{slug}', { path: { slug }, query: { lang: params.lang } })
            .pipe(catchError(() => of(null))),
        ),
      ).pipe(map((list) => new Map(list.filter((x): x is Policy => x !== null).map((x) => [x.slug, x])))),
  });

  private readonly related = rxResource({
    params: () => {
      const p = this.p();
      const sector = p?.sectors[0]?.code;
      return p && sector ? { sector, slug: p.slug, lang: this.lang() } : undefined;
    },
    stream: ({ params }) =>
      this.api
        .get('/api/v1/search/projects', {
          query: { sector: params.sector, pageSize: RELATED + 1, lang: params.lang },
        })
        .pipe(map((r) => r.hits.filter((h) => h.slug !== params.slug).slice(0, RELATED))),
  });

  protected readonly untranslated = computed(() => hasUntranslated(this.p(), this.lang()));

  /** `lang="vi"` for a field shown in Vietnamese on the English page, else no attribute. */
  protected readonly langOf = (field: string): 'vi' | null => fieldLang(this.p(), this.lang(), field);

  protected readonly texts = computed(() => {
    const p = this.p();
    if (!p) return [];
    return TEXT_SECTIONS.flatMap((s) => {
      const text = p[s.field];
      return text ? [{ field: s.field, heading: this.t(s.heading), text }] : [];
    });
  });

  protected readonly facts = computed(() => {
    const p = this.p();
    if (!p) return null;
    const lang = this.lang();
    const unknown = this.t('projects.facts.unknown');
    const capital = p.capital;
    return {
      status: this.t(p.status === 'awarded' ? 'projects.status.awarded' : 'projects.status.published'),
      sectors: p.sectors.map((s) => s.name).join(', '),
      unit: p.unit.name,
      unitLegacy: p.unitLegacyName ? this.t('projects.facts.unitLegacy', { name: p.unitLegacyName }) : '',
      area: formatArea(p.areaHa, lang) || unknown,
      capitalVnd: capital ? formatVnd(capital.vnd, lang) : unknown,
      capitalUsd: capital ? this.t('projects.facts.capitalUsd', { usd: formatUsd(capital.usd, lang) }) : '',
      rate: capital
        ? this.t('projects.facts.rate', {
            rate: formatCount(capital.vndPerUsd, lang),
            date: formatDate(capital.rateDate, lang),
          })
        : '',
      form: p.investmentForm?.name ?? unknown,
      landKind: p.landStatusKind ? this.t(LAND_KIND[p.landStatusKind]) : unknown,
      department: p.department.name,
      published: formatDate(p.publishedAt, lang),
      verified: formatDate(p.lastVerifiedAt, lang),
    };
  });

  protected readonly markers = computed<MapMarker[]>(() => {
    const p = this.p();
    return p ? [{ lat: p.location.lat, lng: p.location.lng, label: p.title }] : [];
  });

  protected readonly ring = computed(() => {
    const p = this.p();
    return p ? plotRing(p) : null;
  });

  protected readonly coordinates = computed(() => {
    const p = this.p();
    if (!p) return '';
    const f = (n: number) => n.toFixed(5);
    return this.t('projects.coordinates', { lat: f(p.location.lat), lng: f(p.location.lng) });
  });

  protected readonly policies = computed(() => {
    const p = this.p();
    if (!p) return [];
    const lang = this.lang();
    const details = this.policyDetails.hasValue() ? this.policyDetails.value() : undefined;
    const today = portalToday();
    return p.policies.map((ref) => {
      const d = details?.get(ref.slug);
      const validity = d ? validityOn(d.validFrom, d.validTo, today) : null;
      return {
        slug: ref.slug,
        title: ref.title,
        titleLang: d && lang === 'en' && d.untranslated.includes('title') ? 'vi' : null,
        legal: d
          ? this.t('projects.policies.legal', {
              number: d.legalBasis.number,
              issuer: d.legalBasis.issuer,
              date: formatDate(d.legalBasis.date, lang),
            })
          : '',
        validity: validity
          ? [
              this.t(`policies.validity.${validity}`),
              d?.validTo && validity === 'in_force'
                ? this.t('projects.policies.validTo', { date: formatDate(d.validTo, lang) })
                : '',
            ]
              .filter(Boolean)
              .join(', ')
          : '',
      };
    });
  });

  protected readonly relatedCards = computed<ProjectCardView[]>(() => {
    if (!this.related.hasValue()) return [];
    const lang = this.lang();
    return this.related.value().map((hit) => ({
      slug: hit.slug,
      title: hit.title,
      summary: hit.summary,
      sectors: hit.sectors,
      unit: hit.unit,
      capital: formatVnd(hit.capitalVnd, lang),
      area: formatArea(hit.areaHa, lang),
      translated: hit.translated,
    }));
  });

  protected readonly pageUrl = computed(() => {
    const p = this.p();
    return p ? `/${this.lang()}/projects/${encodeURIComponent(p.slug)}` : '';
  });

  protected readonly telHref = telHref;

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
            title: this.t('projects.notFound.title'),
            description: this.t('projects.notFound.text'),
          });
        }
      });
    });
  }

  protected print(): void {
    window.print();
  }
}
