/**
 * How current a published call for investment is: whole days since it was last confirmed
 * "still current" (or, never confirmed, since it was published).
 *
 * Ages are whole days of elapsed time (floor of (now - basis) / 24 h), not calendar days in
 * Asia/Ho_Chi_Minh: Vietnam has no daylight-saving time, so a day is always 24 hours and the only
 * difference is where a day boundary falls, which does not matter for 90- and 180-day thresholds.
 * The freshness job uses the same formula in SQL (see freshness-jobs.ts).
 */
export const FRESHNESS_STATES = ['fresh', 'remind', 'stale'] as const;
export type FreshnessState = (typeof FRESHNESS_STATES)[number];

const DAY_MS = 24 * 60 * 60 * 1000;

export interface FreshnessThresholds {
  /** Older than this many whole days: the department is reminded. */
  remindDays: number;
  /** Older than this many whole days: the board is told and the public page says "may be out of date". */
  staleDays: number;
}

/** The time freshness is counted from: the last confirmation, else the first publication. */
export function freshnessBasis(lastVerifiedAt: Date | null, publishedAt: Date | null): Date | null {
  return lastVerifiedAt ?? publishedAt;
}

/** Whole days from `basis` to `now` (never negative); null without a basis. */
export function ageDays(basis: Date | null, now: Date): number | null {
  if (!basis) return null;
  return Math.max(0, Math.floor((now.getTime() - basis.getTime()) / DAY_MS));
}

/** `stale` when older than staleDays, `remind` when older than remindDays, else `fresh` (also without a basis). */
export function freshnessState(age: number | null, t: FreshnessThresholds): FreshnessState {
  if (age === null) return 'fresh';
  if (age > t.staleDays) return 'stale';
  if (age > t.remindDays) return 'remind';
  return 'fresh';
}

export interface Freshness {
  ageDays: number | null;
  state: FreshnessState;
}

export function freshness(lastVerifiedAt: Date | null, publishedAt: Date | null, now: Date, t: FreshnessThresholds): Freshness {
  const age = ageDays(freshnessBasis(lastVerifiedAt, publishedAt), now);
  return { ageDays: age, state: freshnessState(age, t) };
}
