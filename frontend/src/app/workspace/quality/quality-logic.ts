import type { Schemas } from '../../core/api/api';
import type { WorkspaceMessageKey } from '../../core/i18n/vi';

export type CompletenessField = Schemas['CompletenessField'];
export type FreshnessState = Schemas['FreshnessState'];
export type EnglishParity = Schemas['EnglishParity'];

/** The nine fields investors need, in the order of the editor's form (the order the list shows). */
export const COMPLETENESS_FIELDS: readonly CompletenessField[] = [
  'location',
  'area',
  'capital',
  'landStatus',
  'infrastructure',
  'incentives',
  'documents',
  'contact',
  'english',
];

const FIELD_LABEL: Readonly<Record<CompletenessField, WorkspaceMessageKey>> = {
  location: 'qualityWs.field.location',
  area: 'qualityWs.field.area',
  capital: 'qualityWs.field.capital',
  landStatus: 'qualityWs.field.landStatus',
  infrastructure: 'qualityWs.field.infrastructure',
  incentives: 'qualityWs.field.incentives',
  documents: 'qualityWs.field.documents',
  contact: 'qualityWs.field.contact',
  english: 'qualityWs.field.english',
};

/** Element ids of the project editor (prefix `pe`) that each missing field leads to. */
const FIELD_TARGET: Readonly<Record<CompletenessField, string>> = {
  location: 'pe-lat',
  area: 'pe-areaHa',
  capital: 'pe-capitalVnd',
  landStatus: 'pe-landStatusKind',
  infrastructure: 'pe-infrastructureVi',
  incentives: 'pe-incentives-heading',
  documents: 'docs-heading',
  contact: 'pe-contactName',
  english: 'pe-titleEn',
};

/** The texts whose English counts for parity, in the editor's page order (control id stems). */
const ENGLISH_TEXTS = [
  'title',
  'summary',
  'description',
  'objectives',
  'landStatus',
  'infrastructure',
  'timeline',
  'contactPosition',
] as const;

export interface MissingFieldView {
  field: CompletenessField;
  label: WorkspaceMessageKey;
  /** Id of the element the link moves focus to. */
  target: string;
}

const filled = (text: string | null | undefined) => (text ?? '').trim() !== '';

/**
 * The English control the "English text" item leads to: the first text (page order) that has
 * Vietnamese but no English; the English title when every text already has one (unsaved edits).
 */
export function firstMissingEnglish(values: Readonly<Record<string, unknown>>): string {
  for (const stem of ENGLISH_TEXTS) {
    if (filled(values[`${stem}Vi`] as string) && !filled(values[`${stem}En`] as string)) return `pe-${stem}En`;
  }
  return FIELD_TARGET.english;
}

/**
 * The API's missing fields as the panel lists them: known fields only, each once, in form order,
 * with their message key and where the link goes.
 */
export function missingFieldViews(
  missing: readonly string[],
  values: Readonly<Record<string, unknown>> = {},
): MissingFieldView[] {
  const set = new Set(missing);
  return COMPLETENESS_FIELDS.filter((f) => set.has(f)).map((field) => ({
    field,
    label: FIELD_LABEL[field],
    target: field === 'english' ? firstMissingEnglish(values) : FIELD_TARGET[field],
  }));
}

/** What the freshness state tells the department. */
export const FRESHNESS_MESSAGE: Readonly<Record<FreshnessState, WorkspaceMessageKey>> = {
  fresh: 'qualityWs.fresh.fresh',
  remind: 'qualityWs.fresh.remind',
  stale: 'qualityWs.fresh.stale',
};

export const FRESHNESS_LABEL: Readonly<Record<FreshnessState, WorkspaceMessageKey>> = {
  fresh: 'qualityWs.freshState.fresh',
  remind: 'qualityWs.freshState.remind',
  stale: 'qualityWs.freshState.stale',
};

export const PARITY_LABEL: Readonly<Record<EnglishParity, WorkspaceMessageKey>> = {
  missing: 'qualityWs.parity.missing',
  present: 'qualityWs.parity.present',
  reviewed: 'qualityWs.parity.reviewed',
};

/** Only editors and admins confirm English, and only when there is English to confirm. */
export function canConfirmEnglish(role: string | null, parity: EnglishParity): boolean {
  return (role === 'editor' || role === 'admin') && parity === 'present';
}

/**
 * How an incentive the check found stands in the editor: linked (saved), chosen in the form but
 * not saved yet, or not linked.
 */
export type LinkState = 'linked' | 'pending' | 'unlinked' | 'unlinking';

export function linkState(linkedOnServer: boolean, selectedInForm: boolean): LinkState {
  if (linkedOnServer) return selectedInForm ? 'linked' : 'unlinking';
  return selectedInForm ? 'pending' : 'unlinked';
}
