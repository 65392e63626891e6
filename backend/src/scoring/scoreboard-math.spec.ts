import {
  competitionRanks,
  componentValues,
  DEFAULT_SCORING,
  delta,
  lastConfirmation,
  measure,
  nearestRank,
  publicationTiming,
  round,
  weightedTotal,
  withinTarget,
  type AuditEvent,
  type ComponentKey,
  type InquiryFacts,
  type Measures,
} from './scoreboard-math.js';

describe('nearestRank', () => {
  it('the ⌈p·n/100⌉-th smallest value', () => {
    expect(nearestRank([5, 1, 3, 2, 4], 50)).toBe(3);
    expect(nearestRank([5, 1, 3, 2, 4], 90)).toBe(5);
    expect(nearestRank([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 90)).toBe(9);
    expect(nearestRank([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11], 90)).toBe(10);
    expect(nearestRank([7], 90)).toBe(7);
    expect(nearestRank([3, 1], 100)).toBe(3);
  });

  it('the median of an even count is the lower middle value (no averaging)', () => {
    expect(nearestRank([4, 1, 3, 2], 50)).toBe(2);
  });

  it('no values: null; p outside (0, 100]: an error', () => {
    expect(nearestRank([], 50)).toBeNull();
    expect(() => nearestRank([1], 0)).toThrow(RangeError);
    expect(() => nearestRank([1], 101)).toThrow(RangeError);
  });
});

describe('round', () => {
  it('half away from zero, without binary surprises, never -0', () => {
    expect(round(1.005, 2)).toBe(1.01);
    expect(round(2.25, 1)).toBe(2.3);
    expect(round(-2.25, 1)).toBe(-2.3);
    expect(Object.is(round(-0.04, 1), 0)).toBe(true);
    expect(round(66.66666, 1)).toBe(66.7);
  });

  it('delta is the difference of the shown totals', () => {
    expect(delta(72.3, 70.1)).toBe(2.2);
    expect(delta(60, 63.5)).toBe(-3.5);
    expect(delta(null, 50)).toBeNull();
    expect(delta(50, null)).toBeNull();
  });
});

describe('withinTarget', () => {
  const due = new Date('2026-03-04T10:00:00Z');
  const base: InquiryFacts = { receivedAt: new Date('2026-03-02T10:00:00Z'), firstReplyAt: null, dueAt: due, rating: null };
  const now = new Date('2026-03-10T00:00:00Z');

  it('a reply at the due time is within target; a millisecond later is not', () => {
    expect(withinTarget({ ...base, firstReplyAt: due }, now)).toBe(true);
    expect(withinTarget({ ...base, firstReplyAt: new Date(due.getTime() + 1) }, now)).toBe(false);
  });

  it('unanswered: late once overdue, not counted before', () => {
    expect(withinTarget(base, now)).toBe(false);
    expect(withinTarget(base, new Date('2026-03-04T09:00:00Z'))).toBeNull();
  });
});

describe('componentValues', () => {
  const m = (over: Partial<Measures>): Measures => ({
    projectsPublished: 0,
    projectsUpdated: 0,
    policiesPublished: 0,
    policiesUpdated: 0,
    publicProjects: 0,
    averageCompleteness: null,
    freshShare: null,
    publicItems: 0,
    englishShare: null,
    inquiriesReceived: 0,
    inquiriesAnswered: 0,
    medianReplyHours: null,
    p90ReplyHours: null,
    targetCounted: 0,
    withinTarget: 0,
    withinTargetShare: null,
    ratingAverage: null,
    ratingCount: 0,
    ...over,
  });

  it('normalises each to 0–1', () => {
    expect(componentValues(m({ averageCompleteness: 80, freshShare: 0.5, englishShare: 0.25, withinTargetShare: 0.75, medianReplyHours: 48, ratingAverage: 4 }), DEFAULT_SCORING)).toEqual({
      completeness: 0.8,
      freshness: 0.5,
      english: 0.25,
      replyWithinTarget: 0.75,
      replySpeed: 0.5,
      rating: 0.75,
    });
  });

  it('reply speed: 1 for an immediate reply, 0 at replySpeedZeroHours and beyond', () => {
    expect(componentValues(m({ medianReplyHours: 0 }), DEFAULT_SCORING).replySpeed).toBe(1);
    expect(componentValues(m({ medianReplyHours: 96 }), DEFAULT_SCORING).replySpeed).toBe(0);
    expect(componentValues(m({ medianReplyHours: 500 }), DEFAULT_SCORING).replySpeed).toBe(0);
    expect(componentValues(m({ medianReplyHours: 12 }), { ...DEFAULT_SCORING, replySpeedZeroHours: 24 }).replySpeed).toBe(0.5);
  });

  it('rating 1 → 0, 5 → 1; no data → null', () => {
    expect(componentValues(m({ ratingAverage: 1 }), DEFAULT_SCORING).rating).toBe(0);
    expect(componentValues(m({ ratingAverage: 5 }), DEFAULT_SCORING).rating).toBe(1);
    expect(Object.values(componentValues(m({}), DEFAULT_SCORING)).every((v) => v === null)).toBe(true);
  });
});

describe('weightedTotal', () => {
  const all = (v: Partial<Record<ComponentKey, number | null>>): Record<ComponentKey, number | null> => ({
    completeness: null,
    freshness: null,
    english: null,
    replyWithinTarget: null,
    replySpeed: null,
    rating: null,
    ...v,
  });

  it('default weights, every component: 100 · Σ wᵢvᵢ / 100', () => {
    // 25·0.8 + 20·0.5 + 15·1 + 25·0.6 + 10·0.5 + 5·0.75 = 20 + 10 + 15 + 15 + 5 + 3.75 = 68.75
    const r = weightedTotal(all({ completeness: 0.8, freshness: 0.5, english: 1, replyWithinTarget: 0.6, replySpeed: 0.5, rating: 0.75 }), DEFAULT_SCORING.weights);
    expect(r.total).toBe(68.8);
    expect(r.components.find((c) => c.key === 'rating')).toEqual({ key: 'rating', weight: 5, value: 0.75, included: true, effectiveWeight: 0.05, points: 3.75 });
  });

  it('no inquiries: the reply components are left out and the rest re-normalised', () => {
    // (25·0.8 + 20·0.5 + 15·1) / 60 = 45 / 60 = 0.75
    const r = weightedTotal(all({ completeness: 0.8, freshness: 0.5, english: 1 }), DEFAULT_SCORING.weights);
    expect(r.total).toBe(75);
    expect(r.components.filter((c) => !c.included).map((c) => c.key)).toEqual(['replyWithinTarget', 'replySpeed', 'rating']);
    expect(r.components.find((c) => c.key === 'completeness')).toMatchObject({ effectiveWeight: 0.4167, points: 33.33 });
    expect(r.components.find((c) => c.key === 'rating')).toEqual({ key: 'rating', weight: 5, value: null, included: false, effectiveWeight: null, points: null });
  });

  it('nothing to measure: no total', () => {
    expect(weightedTotal(all({}), DEFAULT_SCORING.weights).total).toBeNull();
  });

  it('only zero-weighted data: no total, the component still shows as having data', () => {
    const r = weightedTotal(all({ rating: 1 }), { ...DEFAULT_SCORING.weights, rating: 0 });
    expect(r.total).toBeNull();
    expect(r.components.find((c) => c.key === 'rating')).toMatchObject({ included: true, value: 1, effectiveWeight: null });
  });
});

describe('competitionRanks', () => {
  it('ties share a rank and the next rank is skipped; no total, no rank', () => {
    expect(competitionRanks([80, 90, 80, null, 70])).toEqual([2, 1, 2, null, 4]);
    expect(competitionRanks([])).toEqual([]);
  });
});

describe('publicationTiming', () => {
  const start = Date.parse('2026-01-01T00:00:00Z');
  const end = Date.parse('2026-02-01T00:00:00Z');
  const at = (iso: string) => Date.parse(iso);
  const ev = (action: AuditEvent['action'], iso: string, first = false): AuditEvent => ({ action, ms: at(iso), first });

  it('the publication that set publishedAt is the first; a later one is a new version', () => {
    const t = publicationTiming([ev('publish', '2026-01-05T00:00:00Z', true), ev('publish', '2026-01-20T00:00:00Z')], at('2026-01-05T00:00:00.004Z'), start, end);
    expect(t).toEqual({
      firstPublishedMs: at('2026-01-05T00:00:00Z'),
      publishedInPeriod: true,
      updatedInPeriod: true,
      events: [
        { action: 'publish', ms: at('2026-01-05T00:00:00Z') },
        { action: 'republish', ms: at('2026-01-20T00:00:00Z') },
      ],
    });
  });

  it('first published before the period, confirmed in it: updated, not published', () => {
    const t = publicationTiming([ev('publish', '2025-11-05T00:00:00Z', true), ev('verify', '2026-01-10T00:00:00Z')], at('2025-11-05T00:00:00Z'), start, end);
    expect([t.publishedInPeriod, t.updatedInPeriod, t.events.map((e) => e.action)]).toEqual([false, true, ['verify']]);
  });

  it('published before the audit trail knew it (published_at only): every audited publication is a new version', () => {
    const t = publicationTiming([ev('publish', '2026-01-10T00:00:00Z')], at('2025-06-01T00:00:00Z'), start, end);
    expect([t.firstPublishedMs, t.publishedInPeriod, t.updatedInPeriod]).toEqual([at('2025-06-01T00:00:00Z'), false, true]);
  });

  it('no audit row at all: published_at decides; never published: nothing', () => {
    expect(publicationTiming([], at('2026-01-31T23:59:59Z'), start, end).publishedInPeriod).toBe(true);
    expect(publicationTiming([], at('2026-02-01T00:00:00Z'), start, end).publishedInPeriod).toBe(false);
    expect(publicationTiming([], null, start, end)).toEqual({ firstPublishedMs: null, publishedInPeriod: false, updatedInPeriod: false, events: [] });
  });

  it('the period is [start, end): an event at end belongs to the next period', () => {
    const t = publicationTiming([ev('publish', '2025-12-31T23:59:59.999Z', true), ev('verify', '2026-02-01T00:00:00Z')], null, start, end);
    expect([t.publishedInPeriod, t.updatedInPeriod, t.events]).toEqual([false, false, []]);
  });
});

describe('lastConfirmation', () => {
  const asOf = Date.parse('2026-04-01T00:00:00Z');

  it('the current confirmation when it is before asOf', () => {
    expect(lastConfirmation(Date.parse('2026-03-01T00:00:00Z'), [], Date.parse('2025-01-01T00:00:00Z'), asOf)).toBe(Date.parse('2026-03-01T00:00:00Z'));
  });

  it('confirmed again since: the latest audited confirmation before asOf, else the creation', () => {
    const verifies = [Date.parse('2026-02-01T00:00:00Z'), Date.parse('2026-03-15T00:00:00Z'), Date.parse('2026-05-01T00:00:00Z')];
    expect(lastConfirmation(Date.parse('2026-05-01T00:00:00Z'), verifies, Date.parse('2025-01-01T00:00:00Z'), asOf)).toBe(Date.parse('2026-03-15T00:00:00Z'));
    expect(lastConfirmation(Date.parse('2026-05-01T00:00:00Z'), [Date.parse('2026-05-01T00:00:00Z')], Date.parse('2025-01-01T00:00:00Z'), asOf)).toBe(Date.parse('2025-01-01T00:00:00Z'));
  });

  it('not created yet at asOf: null', () => {
    expect(lastConfirmation(Date.parse('2026-05-01T00:00:00Z'), [], Date.parse('2026-04-15T00:00:00Z'), asOf)).toBeNull();
  });
});

describe('measure', () => {
  const now = new Date('2026-06-01T00:00:00Z');
  const h = (n: number) => n * 3600_000;
  const received = new Date('2026-03-02T01:00:00Z');
  const inquiry = (replyAfterHours: number | null, dueAfterHours: number, rating: number | null = null): InquiryFacts => ({
    receivedAt: received,
    firstReplyAt: replyAfterHours === null ? null : new Date(received.getTime() + h(replyAfterHours)),
    dueAt: new Date(received.getTime() + h(dueAfterHours)),
    rating,
  });

  it('counts, shares, percentiles and ratings of one department', () => {
    const m = measure(
      [
        { isPublic: true, completeness: 100, fresh: true, parity: 'present', publishedInPeriod: true, updatedInPeriod: false },
        { isPublic: true, completeness: 50, fresh: false, parity: 'missing', publishedInPeriod: false, updatedInPeriod: true },
        { isPublic: true, completeness: 60, fresh: null, parity: 'reviewed', publishedInPeriod: false, updatedInPeriod: false },
        { isPublic: false, completeness: 10, fresh: false, parity: 'missing', publishedInPeriod: true, updatedInPeriod: true },
      ],
      [{ isPublic: true, parity: 'missing', publishedInPeriod: false, updatedInPeriod: true }],
      [inquiry(2, 48, 5), inquiry(10, 48, 4), inquiry(50, 48), inquiry(null, 48), inquiry(4, 48, 2)],
      now,
    );
    expect(m).toEqual({
      projectsPublished: 2,
      projectsUpdated: 2,
      policiesPublished: 0,
      policiesUpdated: 1,
      publicProjects: 3,
      averageCompleteness: 70,
      // The project that did not exist at the evaluation time is left out: 1 of 2.
      freshShare: 0.5,
      publicItems: 4,
      englishShare: 0.5,
      inquiriesReceived: 5,
      inquiriesAnswered: 4,
      // Hours 2, 4, 10, 50: nearest-rank median = 2nd = 4, p90 = 4th = 50.
      medianReplyHours: 4,
      p90ReplyHours: 50,
      // 3 in time; the 50-hour reply and the unanswered overdue one are late.
      targetCounted: 5,
      withinTarget: 3,
      withinTargetShare: 0.6,
      ratingAverage: 11 / 3,
      ratingCount: 3,
    });
  });
});
