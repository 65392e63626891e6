import type { Lang } from '../core/i18n/lang';
import { shorten } from '../core/seo/seo';
import { formatDate } from '../shared/content/date';

/** What every news item of the API carries (related news, site search hits, workspace lists). */
export interface NewsItemLike {
  id: string;
  title: string;
  link: string | null;
  source: string;
  language: Lang;
  publishedAt: string;
  summary?: string;
  pinned?: boolean;
}

/** One news item as the pages show it. Pure data: the templates add the words. */
export interface NewsItemView {
  id: string;
  title: string;
  /** The article on the provincial portal; null when the feed gave none or not an http(s) URL. */
  href: string | null;
  source: string;
  /** "03/11/2026" / "3 November 2026", in Vietnam time. */
  date: string;
  /** The instant for `<time datetime>`. */
  datetime: string;
  /** At most about 200 characters, cut at a word. */
  summary: string;
  /** The item's language when it differs from the page's (news is not translated), else null. */
  lang: Lang | null;
  pinned: boolean;
}

/** How many related news items a project or policy page shows. */
export const RELATED_NEWS_LIMIT = 5;
const SUMMARY_MAX = 200;

/**
 * Only absolute http(s) links are followed: the links come from other systems' feeds, and a
 * `javascript:` or relative URL must never become a link on the portal.
 */
export function externalHref(link: string | null | undefined): string | null {
  if (!link) return null;
  try {
    const url = new URL(link);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

export function newsItemView(item: NewsItemLike, pageLang: Lang): NewsItemView {
  return {
    id: item.id,
    title: item.title,
    href: externalHref(item.link),
    source: item.source,
    date: formatDate(item.publishedAt, pageLang),
    datetime: item.publishedAt,
    summary: item.summary ? shorten(item.summary, SUMMARY_MAX) : '',
    lang: item.language === pageLang ? null : item.language,
    pinned: item.pinned ?? false,
  };
}

/** The related-news list of a page: in the API's order (pinned first), at most `limit` items. */
export function relatedNewsViews(items: readonly NewsItemLike[], pageLang: Lang, limit = RELATED_NEWS_LIMIT): NewsItemView[] {
  return items.slice(0, limit).map((item) => newsItemView(item, pageLang));
}
