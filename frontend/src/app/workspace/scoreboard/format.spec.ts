import {
  formatCount,
  formatDecimal,
  formatDelta,
  formatPercent,
  formatScore,
  formatShare,
  formatShortDateTime,
  NONE,
  trendOf,
} from './format';

describe('scoreboard number formats', () => {
  it('writes scores with one decimal in the reader’s convention', () => {
    expect(formatScore(70, 'vi')).toBe('70,0');
    expect(formatScore(71.25, 'vi')).toMatch(/^71,[23]$/);
    expect(formatScore(70, 'en')).toBe('70.0');
    expect(formatScore(100, 'vi')).toBe('100,0');
    expect(formatScore(null, 'vi')).toBe(NONE);
  });

  it('groups thousands with a dot in Vietnamese, a comma in English', () => {
    expect(formatCount(1234, 'vi')).toBe('1.234');
    expect(formatCount(1234, 'en')).toBe('1,234');
    expect(formatCount(null, 'en')).toBe(NONE);
  });

  it('writes hours with up to two decimals, without trailing zeros', () => {
    expect(formatDecimal(10.5, 'vi')).toBe('10,5');
    expect(formatDecimal(96, 'vi')).toBe('96');
    expect(formatDecimal(3.667, 'en')).toBe('3.67');
  });

  it('writes percentages of 0–100 and shares of 0–1', () => {
    expect(formatPercent(66.7, 'vi')).toBe('66,7\u00a0%');
    expect(formatPercent(66.7, 'en')).toBe('66.7%');
    expect(formatPercent(100, 'en')).toBe('100%');
    expect(formatShare(0.7767, 'vi')).toBe('77,7\u00a0%');
    expect(formatShare(1, 'en')).toBe('100%');
    expect(formatShare(null, 'en')).toBe(NONE);
  });

  it('gives the change a sign and a real minus', () => {
    expect(formatDelta(3.5, 'vi')).toBe('+3,5');
    expect(formatDelta(-2, 'vi')).toBe('\u22122,0');
    expect(formatDelta(0, 'en')).toBe('0.0');
    expect(formatDelta(null, 'en')).toBe(NONE);
    expect(trendOf(3.5)).toBe('up');
    expect(trendOf(-0.1)).toBe('down');
    expect(trendOf(0)).toBe('same');
    expect(trendOf(null)).toBeNull();
  });

  it('shows instants in the province’s time whatever the reader’s zone', () => {
    expect(formatShortDateTime('2026-03-31T17:00:00Z', 'vi')).toBe('01/04/2026 00:00');
    expect(formatShortDateTime('2026-03-31T09:30:00Z', 'en')).toBe('31/03/2026 16:30');
    expect(formatShortDateTime(null, 'en')).toBe(NONE);
  });
});
