import {
  isDay,
  MAX_DAYS,
  periodFromQuery,
  periodProblem,
  presetOf,
  presetPeriod,
  provincialDay,
  quarterOf,
  quarterPeriod,
} from './period';

describe('provincialDay (Asia/Ho_Chi_Minh, UTC+7)', () => {
  it('turns at 17:00 UTC', () => {
    expect(provincialDay(new Date('2026-03-31T16:59:59Z'))).toBe('2026-03-31');
    expect(provincialDay(new Date('2026-03-31T17:00:00Z'))).toBe('2026-04-01');
  });
});

describe('quarterPeriod', () => {
  it('covers whole calendar quarters, leap years included', () => {
    expect(quarterPeriod(2026, 1)).toEqual({ from: '2026-01-01', to: '2026-03-31' });
    expect(quarterPeriod(2028, 1)).toEqual({ from: '2028-01-01', to: '2028-03-31' });
    expect(quarterPeriod(2026, 2)).toEqual({ from: '2026-04-01', to: '2026-06-30' });
    expect(quarterPeriod(2026, 3)).toEqual({ from: '2026-07-01', to: '2026-09-30' });
    expect(quarterPeriod(2026, 4)).toEqual({ from: '2026-10-01', to: '2026-12-31' });
  });

  it('quarterOf names the quarter of a day', () => {
    expect(quarterOf('2026-01-01')).toEqual({ quarter: 1, year: 2026 });
    expect(quarterOf('2026-09-30')).toEqual({ quarter: 3, year: 2026 });
    expect(quarterOf('2026-10-01')).toEqual({ quarter: 4, year: 2026 });
  });
});

describe('presetPeriod', () => {
  const now = new Date('2026-11-26T09:00:00Z');

  it('on 26 Nov 2026: last quarter Q3, this quarter Q4, last year 2025, this year 2026', () => {
    expect(presetPeriod('lastQuarter', now)).toEqual({ from: '2026-07-01', to: '2026-09-30' });
    expect(presetPeriod('thisQuarter', now)).toEqual({ from: '2026-10-01', to: '2026-12-31' });
    expect(presetPeriod('lastYear', now)).toEqual({ from: '2025-01-01', to: '2025-12-31' });
    expect(presetPeriod('thisYear', now)).toEqual({ from: '2026-01-01', to: '2026-12-31' });
  });

  it('in the first quarter, last quarter is Q4 of the previous year', () => {
    expect(presetPeriod('lastQuarter', new Date('2026-02-15T03:00:00Z'))).toEqual({ from: '2025-10-01', to: '2025-12-31' });
  });

  it('uses the Vietnamese calendar at the year boundary, not UTC or the browser', () => {
    // 31 Dec 2026 17:30 UTC is already 1 Jan 2027 00:30 in Vietnam.
    const newYearInVietnam = new Date('2026-12-31T17:30:00Z');
    expect(presetPeriod('lastQuarter', newYearInVietnam)).toEqual({ from: '2026-10-01', to: '2026-12-31' });
    expect(presetPeriod('thisQuarter', newYearInVietnam)).toEqual({ from: '2027-01-01', to: '2027-03-31' });
    expect(presetPeriod('lastYear', newYearInVietnam)).toEqual({ from: '2026-01-01', to: '2026-12-31' });
    expect(presetPeriod('thisYear', newYearInVietnam)).toEqual({ from: '2027-01-01', to: '2027-12-31' });
    // One minute earlier it is still 2026 in Vietnam.
    const lastMinute = new Date('2026-12-31T16:59:00Z');
    expect(presetPeriod('lastQuarter', lastMinute)).toEqual({ from: '2026-07-01', to: '2026-09-30' });
    expect(presetPeriod('thisYear', lastMinute)).toEqual({ from: '2026-01-01', to: '2026-12-31' });
  });

  it('at a quarter boundary: 1 Apr 00:00 in Vietnam is already Q2', () => {
    expect(presetPeriod('lastQuarter', new Date('2026-03-31T17:00:00Z'))).toEqual({ from: '2026-01-01', to: '2026-03-31' });
    expect(presetPeriod('lastQuarter', new Date('2026-03-31T16:59:59Z'))).toEqual({ from: '2025-10-01', to: '2025-12-31' });
  });

  it('presetOf recognises a preset period and nothing else', () => {
    expect(presetOf({ from: '2026-07-01', to: '2026-09-30' }, now)).toBe('lastQuarter');
    expect(presetOf({ from: '2026-01-01', to: '2026-12-31' }, now)).toBe('thisYear');
    expect(presetOf({ from: '2026-07-01', to: '2026-09-29' }, now)).toBeNull();
  });
});

describe('periodFromQuery', () => {
  const now = new Date('2026-11-26T09:00:00Z');

  it('defaults to last quarter when the URL has no dates', () => {
    expect(periodFromQuery(null, null, now)).toEqual({ from: '2026-07-01', to: '2026-09-30' });
  });

  it('keeps the dates the URL gives, even half a period (the form reports it)', () => {
    expect(periodFromQuery('2026-01-01', '2026-01-31', now)).toEqual({ from: '2026-01-01', to: '2026-01-31' });
    expect(periodFromQuery('2026-01-01', null, now)).toEqual({ from: '2026-01-01', to: '' });
  });
});

describe('periodProblem (the API’s rules)', () => {
  it('accepts real days in order, up to three years with a leap day', () => {
    expect(periodProblem('2026-01-01', '2026-01-01')).toBeNull();
    expect(periodProblem('2024-01-01', '2026-12-31')).toBeNull();
    expect(MAX_DAYS).toBe(1096);
  });

  it('names what is wrong', () => {
    expect(periodProblem('', '2026-01-01')).toBe('from');
    expect(periodProblem('2026-02-30', '2026-03-01')).toBe('from');
    expect(periodProblem('2026-01-01', '2026-13-01')).toBe('to');
    expect(periodProblem('2026-02-01', '2026-01-31')).toBe('order');
    expect(periodProblem('2023-01-01', '2026-01-01')).toBe('tooLong');
    expect(periodProblem('1999-12-31', '2000-01-31')).toBe('from');
  });

  it('isDay knows leap years', () => {
    expect(isDay('2028-02-29')).toBe(true);
    expect(isDay('2026-02-29')).toBe(false);
    expect(isDay('2026-1-01')).toBe(false);
  });
});
