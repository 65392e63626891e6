import type { Schemas } from '../core/api/api';
import type { Lang } from '../core/i18n/lang';
import { newsItemView } from '../news/news-view';
import { splitHighlight, type TextPart } from '../projects/search-state';

type SiteSearchResult = Schemas['SiteSearchResultDto'];

/** The API refuses longer texts (and an empty one: the page then shows only the form). */
export const MAX_Q = 200;
/** Hits shown per group; the project and policy groups link to their full searches for more. */
export const SHOWN_HITS = 5;

export type GroupKind = 'projects' | 'policies' | 'news';

/** One hit as the page shows it; pure data, the template adds the words. */
export interface HitView {
  key: string;
  /** Title with the matched words as `mark` parts. */
  title: TextPart[];
  /** A highlighted passage, or the summary when the match was in the title only. */
  text: TextPart[];
  /** In-app link (projects, policies) or null. */
  route: string[] | null;
  /** Link to the provincial portal (news), or null. */
  href: string | null;
  /** Language of the texts when it is not the page's, else null. */
  lang: Lang | null;
  /** Projects: unit and sectors; policies: legal document number; news: source. */
  meta: string;
  /** News: the publication date, formatted, and the instant for `<time>`. */
  date: string;
  datetime: string | null;
}

export interface GroupView {
  kind: GroupKind;
  total: number;
  hits: HitView[];
  /** Route and query of the full search of this kind (projects and policies), else null. */
  all: { route: string[]; q: string } | null;
}

/** The query of `/{lang}/search?q=…`: trimmed, at most 200 characters, '' when absent. */
export function parseSiteQuery(value: string | null | undefined): string {
  return (value ?? '').trim().slice(0, MAX_Q);
}

function parts(highlighted: string, plain: string): TextPart[] {
  const split = splitHighlight(highlighted);
  return split.length ? split : plain ? [{ text: plain, mark: false }] : [];
}

/** The three groups in reading order: calls for investment, policies, news. */
export function siteSearchGroups(result: SiteSearchResult, q: string, lang: Lang, shown = SHOWN_HITS): GroupView[] {
  const untranslated = (translated: boolean): Lang | null => (lang === 'en' && !translated ? 'vi' : null);
  const projects: GroupView = {
    kind: 'projects',
    total: result.projects.total,
    hits: result.projects.hits.slice(0, shown).map((h) => ({
      key: h.slug,
      title: parts(h.titleHighlighted, h.title),
      text: parts(h.snippet, h.summary),
      route: ['/', lang, 'projects', h.slug],
      href: null,
      lang: untranslated(h.translated),
      meta: [h.unit, h.sectors.join(', ')].filter(Boolean).join(' · '),
      date: '',
      datetime: null,
    })),
    all: { route: ['/', lang, 'projects'], q },
  };
  const policies: GroupView = {
    kind: 'policies',
    total: result.policies.total,
    hits: result.policies.hits.slice(0, shown).map((h) => ({
      key: h.slug,
      title: parts(h.titleHighlighted, h.title),
      text: parts(h.snippet, h.summary),
      route: ['/', lang, 'policies', h.slug],
      href: null,
      lang: untranslated(h.translated),
      meta: h.legalNumber,
      date: '',
      datetime: null,
    })),
    all: { route: ['/', lang, 'policies'], q },
  };
  const news: GroupView = {
    kind: 'news',
    total: result.news.total,
    // News has no page of its own here: every hit the API sent is shown.
    hits: result.news.hits.map((h) => {
      const view = newsItemView(h, lang);
      return {
        key: h.id,
        title: parts(h.titleHighlighted, h.title),
        text: parts(h.snippet, ''),
        route: null,
        href: view.href,
        lang: view.lang,
        meta: h.source,
        date: view.date,
        datetime: view.datetime,
      };
    }),
    all: null,
  };
  return [projects, policies, news];
}

/** True when any group was answered from PostgreSQL because Meilisearch could not answer. */
export function isDegraded(result: SiteSearchResult): boolean {
  return result.projects.degraded || result.policies.degraded || result.news.degraded;
}

/** True when nothing at all matched. */
export function isEmpty(result: SiteSearchResult): boolean {
  return result.projects.total + result.policies.total + result.news.total === 0;
}
