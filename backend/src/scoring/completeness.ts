import type { Localized } from '../common/localized.js';

/**
 * What investors need to know about a call for investment, from provincial portal-scoring forms
 * (minimum project fields) and investor questions. Each counts the same: a department sees which
 * are missing, an investor sees one percentage.
 */
export const COMPLETENESS_FIELDS = [
  'location',
  'area',
  'capital',
  'landStatus',
  'infrastructure',
  'incentives',
  'documents',
  'contact',
  'english',
] as const;
export type CompletenessField = (typeof COMPLETENESS_FIELDS)[number];

/** What the score reads of a project (and its counts of linked policies and documents). */
export interface CompletenessInput {
  lat: number | null;
  lng: number | null;
  areaHa: string | number | null;
  capitalVnd: string | number | null;
  landStatus: Localized | null;
  landStatusKind: string | null;
  infrastructure: Localized | null;
  policyCount: number;
  documentCount: number;
  contact: { name?: string | null; phone?: string | null; email?: string | null } | null;
  /** Every localized text of the item, for English parity. */
  texts: (Localized | null)[];
}

export interface Completeness {
  /** 0–100, whole number: the share of COMPLETENESS_FIELDS present. */
  score: number;
  present: CompletenessField[];
  missing: CompletenessField[];
}

const filled = (v: string | null | undefined) => typeof v === 'string' && v.trim() !== '';
const positive = (v: string | number | null) => v !== null && Number(v) > 0;

export function completeness(p: CompletenessInput): Completeness {
  const has: Record<CompletenessField, boolean> = {
    location: p.lat !== null && p.lng !== null,
    area: positive(p.areaHa),
    capital: positive(p.capitalVnd),
    landStatus: p.landStatusKind !== null || filled(p.landStatus?.vi),
    infrastructure: filled(p.infrastructure?.vi),
    incentives: p.policyCount > 0,
    documents: p.documentCount > 0,
    contact: !!p.contact && filled(p.contact.name) && (filled(p.contact.phone) || filled(p.contact.email)),
    english: englishParity(p.texts, null, 0) !== 'missing',
  };
  const present = COMPLETENESS_FIELDS.filter((f) => has[f]);
  const missing = COMPLETENESS_FIELDS.filter((f) => !has[f]);
  return { score: Math.round((100 * present.length) / COMPLETENESS_FIELDS.length), present, missing };
}

export type EnglishParity = 'missing' | 'present' | 'reviewed';

/**
 * English parity of one item: `missing` while any text written in Vietnamese has no English;
 * `present` when all have; `reviewed` when, besides, an editor confirmed the English of this very
 * version (any later edit makes it `present` again).
 */
export function englishParity(texts: (Localized | null)[], reviewedVersion: number | null, version: number): EnglishParity {
  const complete = texts.every((t) => !t || !filled(t.vi) || filled(t.en));
  if (!complete) return 'missing';
  return reviewedVersion !== null && reviewedVersion === version ? 'reviewed' : 'present';
}
