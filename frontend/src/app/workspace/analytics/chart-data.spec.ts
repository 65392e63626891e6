import { dailyChartData, type DailyFigures, dayLabel, lineChartData, peakDay, SERIES_STYLE, seriesTotals } from './chart-data';

const NAMES = { views: 'Views', searches: 'Searches', noResultSearches: 'No results', inquiries: 'Inquiries' };

const day = (d: string, f: Partial<DailyFigures> = {}): DailyFigures => ({
  day: d,
  projectViews: 0,
  policyViews: 0,
  searches: 0,
  noResultSearches: 0,
  inquiries: 0,
  ...f,
});

describe('dayLabel', () => {
  it('writes the calendar day as readers of each language do, never shifted by a time zone', () => {
    expect(dayLabel('2026-11-26', 'vi')).toBe('26/11');
    expect(dayLabel('2026-11-26', 'vi', true)).toBe('26/11/2026');
    expect(dayLabel('2026-11-26', 'en')).toBe('26 Nov');
    expect(dayLabel('2026-01-01', 'en', true)).toBe('1 Jan 2026');
  });
});

describe('dailyChartData', () => {
  const portal = [
    day('2026-11-24', { projectViews: 3, policyViews: 1, searches: 5, noResultSearches: 2 }),
    day('2026-11-25'),
    day('2026-11-26', { projectViews: 7, searches: 1, inquiries: 2 }),
  ];

  it('maps each day to one value per series, views being project and policy views together', () => {
    const data = dailyChartData(portal, NAMES, 'en');
    expect(data.days).toEqual(['2026-11-24', '2026-11-25', '2026-11-26']);
    expect(data.labels).toEqual(['24 Nov', '25 Nov', '26 Nov']);
    expect(data.dayNames).toEqual(['24 Nov 2026', '25 Nov 2026', '26 Nov 2026']);
    expect(data.series).toEqual([
      { key: 'views', label: 'Views', values: [4, 0, 7] },
      { key: 'searches', label: 'Searches', values: [5, 0, 1] },
      { key: 'noResultSearches', label: 'No results', values: [2, 0, 0] },
      { key: 'inquiries', label: 'Inquiries', values: [0, 0, 2] },
    ]);
  });

  it("leaves out the portal-wide series in a department's figures (null there, not zero)", () => {
    const dept = portal.map((d) => ({ ...d, searches: null, noResultSearches: null }));
    const data = dailyChartData(dept, NAMES, 'vi');
    expect(data.series.map((s) => s.key)).toEqual(['views', 'inquiries']);
    expect(data.labels).toEqual(['24/11', '25/11', '26/11']);
  });

  it('sums each series and finds the day with the most views', () => {
    const data = dailyChartData(portal, NAMES, 'en');
    expect(seriesTotals(data)).toEqual([
      { key: 'views', label: 'Views', total: 11 },
      { key: 'searches', label: 'Searches', total: 6 },
      { key: 'noResultSearches', label: 'No results', total: 2 },
      { key: 'inquiries', label: 'Inquiries', total: 2 },
    ]);
    expect(peakDay(data, 'views')).toEqual({ day: '26 Nov 2026', value: 7 });
    expect(peakDay(dailyChartData([day('2026-11-26')], NAMES, 'en'), 'views')).toBeNull();
  });
});

describe('lineChartData', () => {
  it('gives Chart.js one styled dataset per series, each told apart by more than colour', () => {
    const data = dailyChartData([day('2026-11-25', { projectViews: 2 }), day('2026-11-26', { searches: 3 })], NAMES, 'en');
    const chart = lineChartData(data);
    expect(chart.labels).toEqual(['25 Nov', '26 Nov']);
    expect(chart.datasets.map((d) => [d.label, d.data])).toEqual([
      ['Views', [2, 0]],
      ['Searches', [0, 3]],
      ['No results', [0, 0]],
      ['Inquiries', [0, 0]],
    ]);
    expect(chart.datasets[0].borderColor).toBe(SERIES_STYLE.views.color);
    const looks = chart.datasets.map((d) => `${JSON.stringify(d.borderDash)} ${String(d.pointStyle)}`);
    expect(new Set(looks).size).toBe(4);
    // The chart's arrays are copies: updating the chart never changes the figures shown in the table.
    expect(chart.datasets[0].data).not.toBe(data.series[0].values);
  });

  it('hides the points of long periods, where they would merge into a smear', () => {
    const days = Array.from({ length: 90 }, (_, i) => day(`2026-0${1 + Math.floor(i / 31)}-${String((i % 28) + 1).padStart(2, '0')}`));
    expect(lineChartData(dailyChartData(days, NAMES, 'en')).datasets[0].pointRadius).toBe(0);
    expect(lineChartData(dailyChartData(days.slice(0, 31), NAMES, 'en')).datasets[0].pointRadius).toBe(3);
  });
});
