/** One text the editor fills in both languages. */
export interface BilingualValue {
  vi: string | null | undefined;
  en: string | null | undefined;
}

export interface Completeness {
  /** Texts that have a Vietnamese value (only those need an English one). */
  total: number;
  /** Of those, how many also have English. */
  done: number;
}

const filled = (text: string | null | undefined) => (text ?? '').trim() !== '';

/**
 * How much of the entered content has an English version: "English 5 of 8 fields".
 * Required texts always count (an empty Vietnamese title is still a field to translate);
 * optional ones count once they have Vietnamese text.
 */
export function englishCompleteness(
  required: readonly BilingualValue[],
  optional: readonly BilingualValue[] = [],
): Completeness {
  const counted = [...required, ...optional.filter((v) => filled(v.vi) || filled(v.en))];
  return { total: counted.length, done: counted.filter((v) => filled(v.en)).length };
}

/** 0–100, for a progress bar; 100 when there is nothing to translate. */
export function completenessPercent(c: Completeness): number {
  return c.total === 0 ? 100 : Math.round((c.done / c.total) * 100);
}
