import { ageDays, freshness, freshnessBasis, freshnessState } from './freshness.js';

const T = { remindDays: 90, staleDays: 180 };
const NOW = new Date('2026-11-26T10:00:00Z');
const daysAgo = (d: number, extraMs = 0) => new Date(NOW.getTime() - d * 86_400_000 - extraMs);

describe('freshness', () => {
  it('counts from the last confirmation, else from publication', () => {
    expect(freshnessBasis(daysAgo(3), daysAgo(50))).toEqual(daysAgo(3));
    expect(freshnessBasis(null, daysAgo(50))).toEqual(daysAgo(50));
    expect(freshnessBasis(null, null)).toBeNull();
  });

  it('ages are whole days of elapsed time, never negative', () => {
    expect(ageDays(daysAgo(0), NOW)).toBe(0);
    expect(ageDays(daysAgo(0, 86_399_999), NOW)).toBe(0);
    expect(ageDays(daysAgo(1), NOW)).toBe(1);
    expect(ageDays(daysAgo(90, 3_600_000), NOW)).toBe(90);
    expect(ageDays(new Date(NOW.getTime() + 5_000), NOW)).toBe(0);
    expect(ageDays(null, NOW)).toBeNull();
  });

  it('"older than N days" means more than N whole days', () => {
    expect(freshnessState(90, T)).toBe('fresh');
    expect(freshnessState(91, T)).toBe('remind');
    expect(freshnessState(180, T)).toBe('remind');
    expect(freshnessState(181, T)).toBe('stale');
    expect(freshnessState(null, T)).toBe('fresh');
  });

  it('combines basis, age and state', () => {
    expect(freshness(daysAgo(200), daysAgo(400), NOW, T)).toEqual({ ageDays: 200, state: 'stale' });
    expect(freshness(null, daysAgo(100), NOW, T)).toEqual({ ageDays: 100, state: 'remind' });
    expect(freshness(null, null, NOW, T)).toEqual({ ageDays: null, state: 'fresh' });
  });
});
