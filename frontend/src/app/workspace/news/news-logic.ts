import type { Schemas } from '../../core/api/api';
import type { Lang } from '../../core/i18n/lang';
import type { MessageKey } from '../../core/i18n/vi';
import { httpError, isErrorBody } from '../../inquiries/api-errors';
import { formatDateTime } from '../../inquiries/dates';
import { newsItemView, type NewsItemView } from '../../news/news-view';

type RelatedNews = Schemas['RelatedNewsDto'];
type ProjectNewsItem = Schemas['ProjectNewsItemDto'];
type FeedResult = Schemas['FeedResultDto'];
type FeedStatus = Schemas['FeedStatusDto'];

/** The editors' decision for one news item on one project (null: automatic matching). */
export type NewsState = 'pinned' | 'hidden' | null;
export type NewsAction = 'pin' | 'hide' | 'unpin' | 'show';

export interface ActionView {
  action: NewsAction;
  /** The state the PUT sets. */
  next: NewsState;
  label: MessageKey;
}

export interface NewsRowView extends NewsItemView {
  state: NewsState;
  /** Why it is related (related list only): message keys of sector, area, keyword. */
  reasons: MessageKey[];
  /** Who pinned or hid it and when ('' when nobody did). */
  setBy: string;
  actions: ActionView[];
}

const REASON: Readonly<Record<RelatedNews['matchedBy'][number], MessageKey>> = {
  sector: 'newsWs.matched.sector',
  area: 'newsWs.matched.area',
  keyword: 'newsWs.matched.keyword',
};

/** What can be done from a state: pin or hide an automatic item, unpin a pinned one, show a hidden one. */
export function actionsFor(state: NewsState): ActionView[] {
  if (state === 'pinned') return [{ action: 'unpin', next: null, label: 'newsWs.unpin' }];
  if (state === 'hidden') return [{ action: 'show', next: null, label: 'newsWs.show' }];
  return [
    { action: 'pin', next: 'pinned', label: 'newsWs.pin' },
    { action: 'hide', next: 'hidden', label: 'newsWs.hide' },
  ];
}

/** The confirmation of a change, from the state before and after. */
export function doneKey(previous: NewsState, next: NewsState): MessageKey {
  if (next === 'pinned') return 'newsWs.done.pinned';
  if (next === 'hidden') return 'newsWs.done.hidden';
  return previous === 'hidden' ? 'newsWs.done.shown' : 'newsWs.done.unpinned';
}

/** An item of the public list (related): pinned or automatic. */
export function relatedRow(item: RelatedNews, lang: Lang): NewsRowView {
  const state: NewsState = item.pinned ? 'pinned' : null;
  return { ...newsItemView(item, lang), state, reasons: item.matchedBy.map((m) => REASON[m]), setBy: '', actions: actionsFor(state) };
}

/** An item of the pinned, hidden or search lists, with the editors' decision. */
export function decidedRow(item: ProjectNewsItem, lang: Lang): NewsRowView {
  const setBy = item.state && item.setBy ? `${item.setBy}, ${formatDateTime(item.setAt, lang)}` : '';
  return { ...newsItemView(item, lang), state: item.state, reasons: [], setBy, actions: actionsFor(item.state) };
}

/** Totals of one ingest pass over every feed. */
export interface IngestSummary {
  feeds: number;
  added: number;
  updated: number;
  unchanged: number;
  skipped: number;
  errors: number;
}

export function ingestSummary(results: readonly FeedResult[]): IngestSummary {
  const sum: IngestSummary = { feeds: results.length, added: 0, updated: 0, unchanged: 0, skipped: 0, errors: 0 };
  for (const r of results) {
    sum.added += r.added;
    sum.updated += r.updated;
    sum.unchanged += r.unchanged;
    sum.skipped += r.skipped;
    if (!r.ok) sum.errors += 1;
  }
  return sum;
}

/** The line of one feed in the result: counts, "not modified" or its error. */
export function feedResultLine(r: FeedResult): { key: MessageKey; params: Record<string, string | number> } {
  if (!r.ok) return { key: 'newsWs.feeds.resultError', params: { error: r.error ?? '?' } };
  if (r.notModified) return { key: 'newsWs.feeds.resultNotModified', params: {} };
  return { key: 'newsWs.feeds.resultOk', params: { added: r.added, updated: r.updated, unchanged: r.unchanged, skipped: r.skipped } };
}

export const FEED_STATUS_LABEL: Readonly<Record<FeedStatus['status'], MessageKey>> = {
  never: 'newsWs.feeds.never',
  ok: 'newsWs.feeds.ok',
  failing: 'newsWs.feeds.failing',
};

/** What the server said about a failed request, for an alert: its message, else the status. */
export function errorDetail(error: unknown): string {
  const http = httpError(error);
  if (!http || http.status === 0) return 'network';
  return isErrorBody(http.error) ? http.error.message : `HTTP ${http.status}`;
}
