import type { Schemas } from '../../core/api/api';
import type { I18n } from '../../core/i18n/i18n';
import type { Lang } from '../../core/i18n/lang';
import { formatDate } from '../../inquiries/dates';
import { formatCount, formatDecimal, formatDelta, formatPercent, formatScore, NONE, type Trend, trendOf } from './format';

export type DepartmentScore = Schemas['DepartmentScoreDto'];
export type ScoringPeriod = Schemas['ScoringPeriodDto'];

/** A calendar day of a period (YYYY-MM-DD in Vietnam) in words: "1 tháng 7, 2026" / "1 July 2026". */
export function dayLabel(day: string, lang: Lang): string {
  return formatDate(`${day}T12:00:00+07:00`, lang);
}

/** One department's row as shown: every number already formatted for the language. */
export interface RowView {
  code: string;
  name: string;
  /** Visible rank or a dash, and what a screen reader hears for the dash. */
  rank: string;
  rankText: string | null;
  total: string;
  totalText: string | null;
  trend: Trend | null;
  trendSymbol: string;
  delta: string;
  trendText: string;
  projects: string;
  policies: string;
  completeness: string;
  fresh: string;
  english: string;
  inquiries: string;
  median: string;
  p90: string;
  withinTarget: string;
  rating: string;
}

const SYMBOL: Readonly<Record<Trend, string>> = { up: '▲', down: '▼', same: '=' };

/** The trend in words (the arrow and colour are never the only cue). */
export function trendText(row: Pick<DepartmentScore, 'delta' | 'previousTotal'>, i18n: Pick<I18n, 't'>, lang: Lang): string {
  const trend = trendOf(row.delta);
  if (trend === null) return i18n.t('scoreboard.trend.none');
  const previous = formatScore(row.previousTotal, lang);
  return i18n.t(`scoreboard.trend.${trend}`, { delta: formatScore(Math.abs(row.delta!), lang), previous });
}

export function rowView(row: DepartmentScore, i18n: Pick<I18n, 't'>, lang: Lang): RowView {
  const trend = trendOf(row.delta);
  const pair = (a: number, b: number) => `${formatCount(a, lang)} / ${formatCount(b, lang)}`;
  return {
    code: row.code,
    name: row.name,
    rank: row.rank === null ? NONE : formatCount(row.rank, lang),
    rankText: row.rank === null ? i18n.t('scoreboard.unranked') : null,
    total: formatScore(row.total, lang),
    totalText: row.total === null ? i18n.t('scoreboard.noTotal') : null,
    trend,
    trendSymbol: trend ? SYMBOL[trend] : '',
    delta: formatDelta(row.delta, lang),
    trendText: trendText(row, i18n, lang),
    projects: pair(row.projectsPublished, row.projectsUpdated),
    policies: pair(row.policiesPublished, row.policiesUpdated),
    completeness: formatPercent(row.averageCompleteness, lang),
    fresh: formatPercent(row.freshPercent, lang),
    english: formatPercent(row.englishPercent, lang),
    inquiries: pair(row.inquiriesReceived, row.inquiriesAnswered),
    median: formatDecimal(row.medianReplyHours, lang),
    p90: formatDecimal(row.p90ReplyHours, lang),
    withinTarget: formatPercent(row.withinTargetPercent, lang),
    rating:
      row.ratingAverage === null
        ? NONE
        : i18n.t('scoreboard.rating', { average: formatDecimal(row.ratingAverage, lang), count: formatCount(row.ratingCount, lang) }),
  };
}
