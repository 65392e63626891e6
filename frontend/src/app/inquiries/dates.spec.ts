import { formatDate, formatDateTime } from './dates';

describe('formatDateTime', () => {
  it('shows the time in Vietnam (UTC+7) whatever the reader’s time zone', () => {
    // 10:00 UTC is 17:00 in Hồ Chí Minh City.
    // ICU versions differ on the comma after the weekday; the rest is fixed.
    expect(formatDateTime('2026-12-04T10:00:00.000Z', 'en')).toMatch(/^Friday,? 4 December 2026, 17:00 GMT\+7$/);
    expect(formatDateTime('2026-12-04T10:00:00.000Z', 'vi')).toMatch(/^Thứ Sáu,? 4 tháng 12,? 2026, 17:00 GMT\+7$/);
  });

  it('crosses midnight in the province’s time zone, not the reader’s', () => {
    expect(formatDate('2026-12-04T18:30:00.000Z', 'en')).toBe('5 December 2026');
  });

  it('returns an empty string for missing or bad values', () => {
    expect(formatDateTime(null, 'en')).toBe('');
    expect(formatDateTime('not a date', 'vi')).toBe('');
    expect(formatDate(undefined, 'vi')).toBe('');
  });
});
