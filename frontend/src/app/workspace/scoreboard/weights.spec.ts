import { draftOf, fieldOfPath, parseWeights, type ScoringSettings } from './weights';

const DEFAULTS: ScoringSettings = {
  weights: { completeness: 25, freshness: 20, english: 15, replyWithinTarget: 25, replySpeed: 10, rating: 5 },
  replySpeedZeroHours: 96,
};

describe('weights form', () => {
  it('round-trips the settings through the form', () => {
    expect(parseWeights(draftOf(DEFAULTS))).toEqual({ ok: true, settings: DEFAULTS });
  });

  it('refuses what the API refuses, field by field', () => {
    const draft = { ...draftOf(DEFAULTS), completeness: '101', rating: '2.5', english: '', replySpeedZeroHours: '0' };
    expect(parseWeights(draft)).toEqual({
      ok: false,
      problems: { completeness: 'weight', rating: 'weight', english: 'weight', replySpeedZeroHours: 'hours' },
    });
    expect(parseWeights({ ...draftOf(DEFAULTS), replySpeedZeroHours: '721' })).toEqual({ ok: false, problems: { replySpeedZeroHours: 'hours' } });
  });

  it('needs one weight above 0', () => {
    const zero = { completeness: '0', freshness: '0', english: '0', replyWithinTarget: '0', replySpeed: '0', rating: '0', replySpeedZeroHours: '96' };
    expect(parseWeights(zero)).toEqual({ ok: false, problems: { completeness: 'allZero' } });
    expect(parseWeights({ ...zero, rating: ' 1 ' })).toMatchObject({ ok: true, settings: { weights: { rating: 1, completeness: 0 } } });
  });

  it('maps the API’s field paths onto the form', () => {
    expect(fieldOfPath('weights.rating')).toBe('rating');
    expect(fieldOfPath('weights')).toBe('weights');
    expect(fieldOfPath('replySpeedZeroHours')).toBe('replySpeedZeroHours');
    expect(fieldOfPath('weights.unknown')).toBeNull();
  });
});
