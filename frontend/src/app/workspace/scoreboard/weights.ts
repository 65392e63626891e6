import type { Schemas } from '../../core/api/api';

export type ScoringSettings = Schemas['ScoringSettingsDto'];
export type ComponentKey = Schemas['ScoreComponentDto']['key'];

/** The components in the order of docs/scoring.md (and of the API's `components`). */
export const COMPONENT_KEYS: readonly ComponentKey[] = [
  'completeness',
  'freshness',
  'english',
  'replyWithinTarget',
  'replySpeed',
  'rating',
];

/** Every field of the weights form: one per component, then the reply-speed scale. */
export type WeightField = ComponentKey | 'replySpeedZeroHours';
export const WEIGHT_FIELDS: readonly WeightField[] = [...COMPONENT_KEYS, 'replySpeedZeroHours'];

/** What the form holds: the inputs' text, as typed. */
export type WeightsDraft = Readonly<Record<WeightField, string>>;

/** Why a field is refused (the API's rules, checked before sending). */
export type WeightProblem = 'weight' | 'hours' | 'allZero';

export const WEIGHT_MIN = 0;
export const WEIGHT_MAX = 100;
export const HOURS_MIN = 1;
export const HOURS_MAX = 720;

export function draftOf(settings: ScoringSettings): WeightsDraft {
  const draft = Object.fromEntries(COMPONENT_KEYS.map((k) => [k, String(settings.weights[k])])) as Record<WeightField, string>;
  draft.replySpeedZeroHours = String(settings.replySpeedZeroHours);
  return draft;
}

/** A whole number written in plain digits within [min, max], or null. */
function wholeIn(text: string, min: number, max: number): number | null {
  const trimmed = text.trim();
  if (!/^\d+$/.test(trimmed)) return null;
  const n = Number(trimmed);
  return n >= min && n <= max ? n : null;
}

/**
 * Checks the form against the API's rules (whole weights 0–100, not all zero; reply-speed scale
 * 1–720 hours): the settings to send, or the problem of each refused field. "All zero" is
 * reported on the first weight.
 */
export function parseWeights(
  draft: WeightsDraft,
): { ok: true; settings: ScoringSettings } | { ok: false; problems: Partial<Record<WeightField, WeightProblem>> } {
  const problems: Partial<Record<WeightField, WeightProblem>> = {};
  const weights: Partial<Record<ComponentKey, number>> = {};
  for (const key of COMPONENT_KEYS) {
    const value = wholeIn(draft[key], WEIGHT_MIN, WEIGHT_MAX);
    if (value === null) problems[key] = 'weight';
    else weights[key] = value;
  }
  const hours = wholeIn(draft.replySpeedZeroHours, HOURS_MIN, HOURS_MAX);
  if (hours === null) problems.replySpeedZeroHours = 'hours';
  if (Object.keys(problems).length === 0 && COMPONENT_KEYS.every((k) => weights[k] === 0)) {
    problems[COMPONENT_KEYS[0]] = 'allZero';
  }
  if (Object.keys(problems).length > 0) return { ok: false, problems };
  return { ok: true, settings: { weights: weights as ScoringSettings['weights'], replySpeedZeroHours: hours! } };
}

/** The form field a field path of the API's 400 belongs to (`weights.rating` → rating). */
export function fieldOfPath(path: string): WeightField | 'weights' | null {
  if (path === 'weights' || path === 'replySpeedZeroHours') return path;
  const key = path.startsWith('weights.') ? path.slice('weights.'.length) : null;
  return key && (COMPONENT_KEYS as readonly string[]).includes(key) ? (key as ComponentKey) : null;
}
