import type { ChartData } from 'chart.js';

import type { Schemas } from '../../core/api/api';
import type { Lang } from '../../core/i18n/lang';

export type DailyFigures = Schemas['DailyFiguresDto'];

/** The daily series drawn, in legend order. Views are project and policy views together. */
export const SERIES = ['views', 'searches', 'noResultSearches', 'inquiries'] as const;
export type SeriesKey = (typeof SERIES)[number];

export interface DailySeries {
  key: SeriesKey;
  label: string;
  values: number[];
}

/** What the chart and its data table show: one value per day and series. */
export interface DailyChartData {
  /** YYYY-MM-DD, oldest first. */
  days: string[];
  /** Short axis labels of the days ("26/11", "26 Nov"). */
  labels: string[];
  /** Longer names of the days for the data table ("26/11/2026", "26 Nov 2026"). */
  dayNames: string[];
  series: DailySeries[];
}

const LOCALE: Readonly<Record<Lang, string>> = { vi: 'vi-VN', en: 'en-GB' };

/** A calendar day as the reader writes it; the day is a date, so no time zone shifts it. */
export function dayLabel(day: string, lang: Lang, withYear = false): string {
  return new Intl.DateTimeFormat(LOCALE[lang], {
    day: 'numeric',
    month: lang === 'vi' ? 'numeric' : 'short',
    ...(withYear ? { year: 'numeric' } : {}),
    timeZone: 'UTC',
  }).format(new Date(`${day}T00:00:00Z`));
}

/**
 * The API's daily figures as chart series. Searches are portal-wide: a department's summary has
 * them as null, and then those series are left out rather than drawn as zero.
 */
export function dailyChartData(daily: readonly DailyFigures[], names: Readonly<Record<SeriesKey, string>>, lang: Lang): DailyChartData {
  const value: Record<SeriesKey, (d: DailyFigures) => number | null> = {
    views: (d) => d.projectViews + d.policyViews,
    searches: (d) => d.searches,
    noResultSearches: (d) => d.noResultSearches,
    inquiries: (d) => d.inquiries,
  };
  const series = SERIES.filter((key) => daily.length === 0 || daily.some((d) => value[key](d) !== null)).map((key) => ({
    key,
    label: names[key],
    values: daily.map((d) => value[key](d) ?? 0),
  }));
  return {
    days: daily.map((d) => d.day),
    labels: daily.map((d) => dayLabel(d.day, lang)),
    dayNames: daily.map((d) => dayLabel(d.day, lang, true)),
    series,
  };
}

/** Sum of each series over the period. */
export function seriesTotals(data: DailyChartData): { key: SeriesKey; label: string; total: number }[] {
  return data.series.map((s) => ({ key: s.key, label: s.label, total: s.values.reduce((a, b) => a + b, 0) }));
}

/** The day with the most of a series (the first such day), or null when it is zero throughout. */
export function peakDay(data: DailyChartData, key: SeriesKey): { day: string; value: number } | null {
  const values = data.series.find((s) => s.key === key)?.values ?? [];
  let best = -1;
  values.forEach((v, i) => {
    if (v > 0 && (best === -1 || v > values[best])) best = i;
  });
  return best === -1 ? null : { day: data.dayNames[best], value: values[best] };
}

/**
 * Colour, dash and point shape per series: each line differs by more than colour (WCAG 1.4.1),
 * and each colour has at least 3:1 contrast on white (WCAG 1.4.11).
 */
export const SERIES_STYLE: Readonly<Record<SeriesKey, { color: string; dash: number[]; point: 'circle' | 'rect' | 'triangle' | 'rectRot' }>> = {
  views: { color: '#163a70', dash: [], point: 'circle' },
  searches: { color: '#1d5e20', dash: [8, 4], point: 'rect' },
  noResultSearches: { color: '#a4161a', dash: [2, 3], point: 'triangle' },
  inquiries: { color: '#7a4a00', dash: [12, 4, 2, 4], point: 'rectRot' },
};

/** Chart.js line data for the series (the chart module registers only what this needs). */
export function lineChartData(data: DailyChartData): ChartData<'line', number[], string> {
  return {
    labels: [...data.labels],
    datasets: data.series.map((s) => {
      const style = SERIES_STYLE[s.key];
      return {
        label: s.label,
        data: [...s.values],
        borderColor: style.color,
        backgroundColor: style.color,
        borderDash: style.dash,
        borderWidth: 2,
        pointStyle: style.point,
        pointRadius: data.days.length > 62 ? 0 : 3,
        pointHoverRadius: 5,
        tension: 0,
      };
    }),
  };
}
