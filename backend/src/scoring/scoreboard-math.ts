import type { EnglishParity } from './completeness.js';

/**
 * The arithmetic of the department scoreboard, free of I/O: what each number means is defined
 * here (and explained in docs/scoring.md), the service only gathers the facts.
 */

export const COMPONENT_KEYS = ['completeness', 'freshness', 'english', 'replyWithinTarget', 'replySpeed', 'rating'] as const;
export type ComponentKey = (typeof COMPONENT_KEYS)[number];
export type Weights = Record<ComponentKey, number>;

export interface ScoringSettings {
  weights: Weights;
  /** A median time to first reply of this many hours (or more) scores 0 for reply speed. */
  replySpeedZeroHours: number;
}

/** What a new installation starts with (docs/scoring.md). */
export const DEFAULT_SCORING: ScoringSettings = {
  weights: { completeness: 25, freshness: 20, english: 15, replyWithinTarget: 25, replySpeed: 10, rating: 5 },
  replySpeedZeroHours: 96,
};

/** Rounds half away from zero at `digits` decimals, without binary surprises (1.005 → 1.01). */
export function round(value: number, digits: number): number {
  const factor = 10 ** digits;
  // The relative nudge carries values like 1.005 (stored as 1.00499999…) across the half.
  const rounded = Math.round(Math.abs(value) * factor * (1 + Number.EPSILON)) / factor;
  return value < 0 && rounded !== 0 ? -rounded : rounded;
}

const roundOrNull = (value: number | null, digits: number) => (value === null ? null : round(value, digits));

/**
 * The nearest-rank percentile: the smallest value such that at least p % of the values are less
 * than or equal to it, i.e. the ⌈p·n/100⌉-th smallest. Always one of the values; the median
 * (p = 50) of an even count is the lower of the two middle values. null for no values.
 */
export function nearestRank(values: readonly number[], p: number): number | null {
  if (!(p > 0 && p <= 100)) throw new RangeError(`percentile must be in (0, 100], got ${p}`);
  if (!values.length) return null;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.ceil((p * sorted.length) / 100) - 1]!;
}

export const mean = (values: readonly number[]): number | null => (values.length ? values.reduce((s, v) => s + v, 0) / values.length : null);

const share = (part: number, whole: number): number | null => (whole > 0 ? part / whole : null);

// ---- facts about single items ----

export interface ProjectFacts {
  /** Public now (published or awarded). */
  isPublic: boolean;
  /** 0–100 (completeness()). */
  completeness: number;
  /**
   * Confirmed "still current" no more than freshness.remindDays whole days before the evaluation
   * time (the quality module's "fresh"); null when the project did not exist yet then (not counted).
   */
  fresh: boolean | null;
  parity: EnglishParity;
  publishedInPeriod: boolean;
  updatedInPeriod: boolean;
}

export interface PolicyFacts {
  isPublic: boolean;
  parity: EnglishParity;
  publishedInPeriod: boolean;
  updatedInPeriod: boolean;
}

export interface InquiryFacts {
  receivedAt: Date;
  firstReplyAt: Date | null;
  dueAt: Date;
  rating: number | null;
}

/** Hours from receipt to the first reply; null while unanswered. */
export function replyHours(i: InquiryFacts): number | null {
  return i.firstReplyAt ? (i.firstReplyAt.getTime() - i.receivedAt.getTime()) / 3600_000 : null;
}

/**
 * true: first reply at or before the due time; false: replied later, or still unanswered after
 * the due time; null: unanswered and not yet due (left out of the share).
 */
export function withinTarget(i: InquiryFacts, now: Date): boolean | null {
  if (i.firstReplyAt) return i.firstReplyAt.getTime() <= i.dueAt.getTime();
  return i.dueAt.getTime() < now.getTime() ? false : null;
}

/** A publication or a "still current" confirmation from the audit trail. */
export interface AuditEvent {
  action: 'publish' | 'verify';
  ms: number;
  /** This publication set publishedAt: the item's first. */
  first: boolean;
}

export type TimedAction = 'publish' | 'republish' | 'verify';

/**
 * When an item was first published and what happened to it in [startMs, endMs). The first
 * publication is the "publish" that set publishedAt; an item published before the audit trail
 * knew it (seeded, imported) has published_at only, and all its audited publications are new
 * versions. A new version or a confirmation makes the item "updated" in the period.
 */
export function publicationTiming(events: readonly AuditEvent[], publishedAtMs: number | null, startMs: number, endMs: number) {
  const publishes = events.filter((e) => e.action === 'publish');
  const firstRow = publishes.find((e) => e.first) ?? (publishedAtMs === null ? publishes[0] : undefined);
  const firstMs = firstRow ? firstRow.ms : publishedAtMs;
  const inPeriod = (ms: number) => ms >= startMs && ms < endMs;
  const timed = events
    .filter((e) => inPeriod(e.ms))
    .map((e) => ({ action: (e.action === 'verify' ? 'verify' : e === firstRow ? 'publish' : 'republish') as TimedAction, ms: e.ms }));
  return {
    firstPublishedMs: firstMs,
    publishedInPeriod: firstMs !== null && inPeriod(firstMs),
    updatedInPeriod: timed.some((e) => e.action !== 'publish'),
    events: timed,
  };
}

/**
 * The latest "still current" confirmation before `asOfMs`: the current one when it is earlier,
 * else the latest audited confirmation, else the creation (creating a project confirms it);
 * null when the project did not exist yet.
 */
export function lastConfirmation(lastVerifiedMs: number | null, verifyMs: readonly number[], createdMs: number, asOfMs: number): number | null {
  if (lastVerifiedMs !== null && lastVerifiedMs < asOfMs) return lastVerifiedMs;
  const earlier = verifyMs.filter((ms) => ms < asOfMs);
  if (earlier.length) return Math.max(...earlier);
  return createdMs < asOfMs ? createdMs : null;
}

// ---- one department ----

/** Unrounded measures of one department in one period. */
export interface Measures {
  projectsPublished: number;
  projectsUpdated: number;
  policiesPublished: number;
  policiesUpdated: number;
  publicProjects: number;
  averageCompleteness: number | null;
  freshShare: number | null;
  publicItems: number;
  englishShare: number | null;
  inquiriesReceived: number;
  inquiriesAnswered: number;
  medianReplyHours: number | null;
  p90ReplyHours: number | null;
  targetCounted: number;
  withinTarget: number;
  withinTargetShare: number | null;
  ratingAverage: number | null;
  ratingCount: number;
}

export function measure(projects: readonly ProjectFacts[], policies: readonly PolicyFacts[], inquiries: readonly InquiryFacts[], now: Date): Measures {
  const publicProjects = projects.filter((p) => p.isPublic);
  const publicItems = [...publicProjects, ...policies.filter((p) => p.isPublic)];
  const hours = inquiries.map(replyHours).filter((h): h is number => h !== null);
  const targets = inquiries.map((i) => withinTarget(i, now)).filter((t): t is boolean => t !== null);
  const ratings = inquiries.map((i) => i.rating).filter((r): r is number => r !== null);
  const within = targets.filter(Boolean).length;
  return {
    projectsPublished: projects.filter((p) => p.publishedInPeriod).length,
    projectsUpdated: projects.filter((p) => p.updatedInPeriod).length,
    policiesPublished: policies.filter((p) => p.publishedInPeriod).length,
    policiesUpdated: policies.filter((p) => p.updatedInPeriod).length,
    publicProjects: publicProjects.length,
    averageCompleteness: mean(publicProjects.map((p) => p.completeness)),
    freshShare: share(publicProjects.filter((p) => p.fresh === true).length, publicProjects.filter((p) => p.fresh !== null).length),
    publicItems: publicItems.length,
    englishShare: share(publicItems.filter((p) => p.parity !== 'missing').length, publicItems.length),
    inquiriesReceived: inquiries.length,
    inquiriesAnswered: hours.length,
    medianReplyHours: nearestRank(hours, 50),
    p90ReplyHours: nearestRank(hours, 90),
    targetCounted: targets.length,
    withinTarget: within,
    withinTargetShare: share(within, targets.length),
    ratingAverage: mean(ratings),
    ratingCount: ratings.length,
  };
}

/**
 * Each component on 0–1; null when the department has nothing to measure it on.
 * - completeness: average completeness of public projects / 100
 * - freshness: share of public projects confirmed within freshness.remindDays (of those that existed then)
 * - english: share of public projects and policies with English for every text
 * - replyWithinTarget: share of first replies at or before the due time (overdue unanswered count as late)
 * - replySpeed: 1 − median hours / replySpeedZeroHours, not below 0
 * - rating: (average rating − 1) / 4
 */
export function componentValues(m: Measures, settings: ScoringSettings): Record<ComponentKey, number | null> {
  return {
    completeness: m.averageCompleteness === null ? null : m.averageCompleteness / 100,
    freshness: m.freshShare,
    english: m.englishShare,
    replyWithinTarget: m.withinTargetShare,
    replySpeed: m.medianReplyHours === null ? null : Math.max(0, 1 - m.medianReplyHours / settings.replySpeedZeroHours),
    rating: m.ratingAverage === null ? null : (m.ratingAverage - 1) / 4,
  };
}

export interface ComponentScore {
  key: ComponentKey;
  /** The configured weight. */
  weight: number;
  /** 0–1, four decimals; null without data. */
  value: number | null;
  /** false: no data, left out; the other weights are re-normalised. */
  included: boolean;
  /** Share of the total this component carries after re-normalisation (0–1, four decimals). */
  effectiveWeight: number | null;
  /** Points of the total (0–100 scale) it contributes, two decimals. */
  points: number | null;
}

/**
 * Total 0–100 = 100 · Σ wᵢ·vᵢ / Σ wᵢ over the components with data. null when no component with a
 * positive weight has data. One decimal.
 */
export function weightedTotal(values: Record<ComponentKey, number | null>, weights: Weights): { total: number | null; components: ComponentScore[] } {
  const sum = COMPONENT_KEYS.reduce((s, k) => s + (values[k] === null ? 0 : weights[k]), 0);
  let total = 0;
  const components = COMPONENT_KEYS.map((key): ComponentScore => {
    const value = values[key];
    if (value === null || sum === 0) {
      return { key, weight: weights[key], value: roundOrNull(value, 4), included: value !== null, effectiveWeight: null, points: null };
    }
    const effective = weights[key] / sum;
    total += 100 * effective * value;
    return { key, weight: weights[key], value: round(value, 4), included: true, effectiveWeight: round(effective, 4), points: round(100 * effective * value, 2) };
  });
  return { total: sum === 0 ? null : round(total, 1), components };
}

/** Standard competition ranking ("1224"): equal totals share a rank; no total, no rank. */
export function competitionRanks(totals: readonly (number | null)[]): (number | null)[] {
  return totals.map((t) => (t === null ? null : 1 + totals.filter((o) => o !== null && o > t).length));
}

/** The measures as shown: shares as percentages with one decimal, hours with two, ratings with two. */
export function displayMeasures(m: Measures) {
  const pct = (v: number | null) => (v === null ? null : round(100 * v, 1));
  return {
    projectsPublished: m.projectsPublished,
    projectsUpdated: m.projectsUpdated,
    policiesPublished: m.policiesPublished,
    policiesUpdated: m.policiesUpdated,
    publicProjects: m.publicProjects,
    averageCompleteness: roundOrNull(m.averageCompleteness, 1),
    freshPercent: pct(m.freshShare),
    publicItems: m.publicItems,
    englishPercent: pct(m.englishShare),
    inquiriesReceived: m.inquiriesReceived,
    inquiriesAnswered: m.inquiriesAnswered,
    medianReplyHours: roundOrNull(m.medianReplyHours, 2),
    p90ReplyHours: roundOrNull(m.p90ReplyHours, 2),
    targetCounted: m.targetCounted,
    withinTarget: m.withinTarget,
    withinTargetPercent: pct(m.withinTargetShare),
    ratingAverage: roundOrNull(m.ratingAverage, 2),
    ratingCount: m.ratingCount,
  };
}
export type DisplayedMeasures = ReturnType<typeof displayMeasures>;

/** Total minus the previous total, as shown (one decimal); null when either is missing. */
export function delta(total: number | null, previous: number | null): number | null {
  return total === null || previous === null ? null : round(total - previous, 1);
}
