import { FieldError } from '../common/errors.js';
import { MAX_PERIOD_DAYS, parsePeriod, previousPeriod, vietnamDate } from './scoreboard-period.js';

const fieldOf = (fn: () => unknown): string | undefined => {
  try {
    fn();
  } catch (err) {
    if (err instanceof FieldError) return (err.getResponse() as { details: { field: string }[] }).details[0]!.field;
    throw err;
  }
  return undefined;
};

describe('parsePeriod', () => {
  it('whole Vietnam days: from 00:00 (17:00Z the day before) to the end of to, both inclusive', () => {
    const p = parsePeriod('2026-01-01', '2026-03-31');
    expect(p).toEqual({
      from: '2026-01-01',
      to: '2026-03-31',
      days: 90,
      start: new Date('2025-12-31T17:00:00.000Z'),
      end: new Date('2026-03-31T17:00:00.000Z'),
    });
  });

  it('one day is a period of one day', () => {
    const p = parsePeriod('2026-02-28', '2026-02-28');
    expect(p.days).toBe(1);
    expect(p.end.getTime() - p.start.getTime()).toBe(86_400_000);
  });

  it('leap days count', () => {
    expect(parsePeriod('2028-02-01', '2028-03-01').days).toBe(30);
  });

  it('at most three years (1096 days)', () => {
    expect(MAX_PERIOD_DAYS).toBe(1096);
    expect(parsePeriod('2026-01-01', '2028-12-31').days).toBe(1096);
    expect(fieldOf(() => parsePeriod('2026-01-01', '2029-01-01'))).toBe('to');
  });

  it.each([
    ['a date that does not exist', '2026-02-30', '2026-03-01', 'from'],
    ['month 13', '2026-01-01', '2026-13-01', 'to'],
    ['not a date', 'yesterday', '2026-03-01', 'from'],
    ['a time included', '2026-01-01T00:00', '2026-03-01', 'from'],
    ['from after to', '2026-03-02', '2026-03-01', 'to'],
    ['out of range', '1999-12-31', '2000-01-05', 'from'],
  ])('%s → 400 naming %s', (_label, from, to, field) => {
    expect(fieldOf(() => parsePeriod(from, to))).toBe(field);
  });
});

describe('previousPeriod', () => {
  it('same number of days, ending the day before', () => {
    const prev = previousPeriod(parsePeriod('2026-01-01', '2026-03-31'));
    expect(prev.from).toBe('2025-10-03');
    expect(prev.to).toBe('2025-12-31');
    expect(prev.days).toBe(90);
    expect(prev.end).toEqual(new Date('2025-12-31T17:00:00.000Z'));
  });

  it('a single day follows the day before', () => {
    const prev = previousPeriod(parsePeriod('2026-03-01', '2026-03-01'));
    expect([prev.from, prev.to]).toEqual(['2026-02-28', '2026-02-28']);
  });
});

describe('vietnamDate', () => {
  it('16:59:59Z is still the same day in Vietnam; 17:00Z is the next', () => {
    expect(vietnamDate(new Date('2026-03-31T16:59:59Z'))).toBe('2026-03-31');
    expect(vietnamDate(new Date('2026-03-31T17:00:00Z'))).toBe('2026-04-01');
  });
});
