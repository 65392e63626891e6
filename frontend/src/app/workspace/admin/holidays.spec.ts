import { addHoliday, isIsoDate, removeHoliday, sortHolidays } from './holidays';
import { exportFileName } from './personal-data';

describe('holiday list editing', () => {
  it('adds a date keeping the list sorted', () => {
    expect(addHoliday(['2027-01-01', '2027-04-30'], '2027-02-17')).toEqual({
      ok: true,
      holidays: ['2027-01-01', '2027-02-17', '2027-04-30'],
    });
    expect(addHoliday([], ' 2027-09-02 ')).toEqual({ ok: true, holidays: ['2027-09-02'] });
  });

  it('refuses duplicates and dates that do not exist', () => {
    expect(addHoliday(['2027-01-01'], '2027-01-01')).toEqual({ ok: false, error: 'duplicate' });
    expect(addHoliday([], '')).toEqual({ ok: false, error: 'invalid' });
    expect(addHoliday([], '2027-02-30')).toEqual({ ok: false, error: 'invalid' });
    expect(addHoliday([], '1/1/2027')).toEqual({ ok: false, error: 'invalid' });
  });

  it('removes a date and leaves the others', () => {
    expect(removeHoliday(['2027-01-01', '2027-04-30'], '2027-01-01')).toEqual(['2027-04-30']);
    expect(removeHoliday(['2027-01-01'], '2030-01-01')).toEqual(['2027-01-01']);
  });

  it('sorts and de-duplicates what the API sends', () => {
    expect(sortHolidays(['2027-05-01', '2027-01-01', '2027-05-01'])).toEqual(['2027-01-01', '2027-05-01']);
  });

  it('knows real dates, leap years included', () => {
    expect(isIsoDate('2028-02-29')).toBe(true);
    expect(isIsoDate('2027-02-29')).toBe(false);
    expect(isIsoDate('2027-13-01')).toBe(false);
  });
});

describe('exportFileName', () => {
  it('names the export after the address and the day, safe for file systems', () => {
    expect(exportFileName('Ji-woo.Park@Example.kr', '2026-12-04T10:00:00.000Z')).toBe(
      'personal-data-ji-woo.park-at-example.kr-2026-12-04.json',
    );
  });
});
