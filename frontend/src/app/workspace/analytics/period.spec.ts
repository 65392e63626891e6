import { addDays, daySpan, isDay, periodProblem, presetOf, presetPeriod, provincialDay, quarterOf } from './period';

describe('provincial days (Asia/Ho_Chi_Minh, UTC+7)', () => {
  it('names the day a reader in the province would name, whatever the UTC day', () => {
    expect(provincialDay(new Date('2026-11-26T16:59:59Z'))).toBe('2026-11-26'); // 23:59:59 in Sóc Trăng
    expect(provincialDay(new Date('2026-11-26T17:00:00Z'))).toBe('2026-11-27'); // midnight in Sóc Trăng
    expect(provincialDay(new Date('2026-12-31T17:30:00Z'))).toBe('2027-01-01');
  });

  it('adds days across months, years and leap days', () => {
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(addDays('2028-03-01', -1)).toBe('2028-02-29');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(daySpan({ from: '2026-11-26', to: '2026-11-26' })).toBe(1);
    expect(daySpan({ from: '2026-01-01', to: '2026-12-31' })).toBe(365);
  });

  it('accepts only real dates written YYYY-MM-DD', () => {
    expect(isDay('2026-11-26')).toBe(true);
    expect(isDay('2028-02-29')).toBe(true);
    expect(isDay('2026-02-29')).toBe(false);
    expect(isDay('2026-13-01')).toBe(false);
    expect(isDay('26/11/2026')).toBe(false);
    expect(isDay('')).toBe(false);
    expect(isDay(null)).toBe(false);
  });
});

describe('presetPeriod', () => {
  // 26 Nov 2026, 23:30 in Sóc Trăng: still the 26th there, although UTC says 16:30.
  const lateEvening = new Date('2026-11-26T16:30:00Z');
  // 27 Nov 2026, 00:30 in Sóc Trăng: already the 27th there, although UTC still says the 26th.
  const pastMidnight = new Date('2026-11-26T17:30:00Z');

  it('the last 7 and 30 days end today in the province, today included', () => {
    expect(presetPeriod('last7', lateEvening)).toEqual({ from: '2026-11-20', to: '2026-11-26' });
    expect(presetPeriod('last7', pastMidnight)).toEqual({ from: '2026-11-21', to: '2026-11-27' });
    expect(presetPeriod('last30', lateEvening)).toEqual({ from: '2026-10-28', to: '2026-11-26' });
    expect(daySpan(presetPeriod('last30', pastMidnight))).toBe(30);
  });

  it('the last quarter is the last complete calendar quarter', () => {
    expect(presetPeriod('lastQuarter', lateEvening)).toEqual({ from: '2026-07-01', to: '2026-09-30' });
    expect(presetPeriod('lastQuarter', new Date('2026-02-15T03:00:00Z'))).toEqual({ from: '2025-10-01', to: '2025-12-31' });
    expect(presetPeriod('lastQuarter', new Date('2026-04-01T00:00:00+07:00'))).toEqual({ from: '2026-01-01', to: '2026-03-31' });
    // 31 Mar 2026 at 23:00 in the province (16:00 UTC): still Q1, so the last quarter is Q4 2025.
    expect(presetPeriod('lastQuarter', new Date('2026-03-31T16:00:00Z'))).toEqual({ from: '2025-10-01', to: '2025-12-31' });
    expect(quarterOf('2026-07-01')).toEqual({ quarter: 3, year: 2026 });
    expect(quarterOf('2025-12-31')).toEqual({ quarter: 4, year: 2025 });
  });

  it('recognises a period that is a preset at this instant', () => {
    expect(presetOf({ from: '2026-11-20', to: '2026-11-26' }, lateEvening)).toBe('last7');
    expect(presetOf({ from: '2026-07-01', to: '2026-09-30' }, lateEvening)).toBe('lastQuarter');
    expect(presetOf({ from: '2026-11-20', to: '2026-11-26' }, pastMidnight)).toBeNull();
  });
});

describe('periodProblem', () => {
  it('finds what the API would refuse', () => {
    expect(periodProblem('2026-11-01', '2026-11-30')).toBeNull();
    expect(periodProblem('2026-11-26', '2026-11-26')).toBeNull();
    expect(periodProblem('', '2026-11-30')).toBe('from');
    expect(periodProblem('2026-11-01', '2026-02-30')).toBe('to');
    expect(periodProblem('2026-11-02', '2026-11-01')).toBe('order');
    expect(periodProblem('2025-01-01', '2026-01-01')).toBeNull(); // 366 days
    expect(periodProblem('2025-01-01', '2026-01-02')).toBe('tooLong');
  });
});
