import { dueAfterWorkingDays } from './due.js';

// Times are written in Vietnam time (+07:00) to read like the rule.
const at = (iso: string) => new Date(iso);

describe('dueAfterWorkingDays', () => {
  it('counts two working days from a Tuesday', () => {
    expect(dueAfterWorkingDays(at('2026-11-24T10:00:00+07:00'), 2).toISOString()).toBe(at('2026-11-26T10:00:00+07:00').toISOString());
  });

  it('skips the weekend from a Thursday', () => {
    expect(dueAfterWorkingDays(at('2026-11-26T15:30:00+07:00'), 2).toISOString()).toBe(at('2026-11-30T15:30:00+07:00').toISOString());
  });

  it('starts a Saturday inquiry on Monday 08:00', () => {
    expect(dueAfterWorkingDays(at('2026-11-28T22:00:00+07:00'), 2).toISOString()).toBe(at('2026-12-02T08:00:00+07:00').toISOString());
  });

  it('uses the Vietnamese weekday, not the UTC one (Friday 23:00 UTC is Saturday in Vietnam)', () => {
    expect(dueAfterWorkingDays(at('2026-11-27T23:00:00Z'), 1).toISOString()).toBe(at('2026-12-01T08:00:00+07:00').toISOString());
  });

  it('skips public holidays, also a holiday bridge next to a weekend', () => {
    const holidays = new Set(['2027-04-30', '2027-05-03']);
    // Thursday 29 April 2027 + 2 working days: Fri 30 (holiday), Sat, Sun, Mon 3 May (holiday) → Tue 4, Wed 5.
    expect(dueAfterWorkingDays(at('2027-04-29T09:00:00+07:00'), 2, holidays).toISOString()).toBe(at('2027-05-05T09:00:00+07:00').toISOString());
  });

  it('an inquiry sent on a holiday counts from 08:00 of the next working day', () => {
    const holidays = new Set(['2027-01-01']);
    expect(dueAfterWorkingDays(at('2027-01-01T11:00:00+07:00'), 1, holidays).toISOString()).toBe(at('2027-01-05T08:00:00+07:00').toISOString());
  });
});
