import type { Localized } from '../common/localized.js';
import type { Policy } from '../policies/policy.entity.js';
import type { Project } from '../projects/project.entity.js';
import { completeness, englishParity, type Completeness, type CompletenessInput, type EnglishParity } from './completeness.js';

/**
 * From stored projects and policies to the inputs of completeness.ts, so every caller (workspace
 * and public DTOs, the quality endpoint, the scoreboard) reads the same fields.
 */

/** Every text of a project written for investors (English parity looks at all of them). */
export function projectTexts(p: Pick<Project, 'title' | 'summary' | 'description' | 'landStatus' | 'infrastructure' | 'timeline' | 'objectives' | 'contact'>): (Localized | null)[] {
  return [p.title, p.summary, p.description, p.landStatus, p.infrastructure, p.timeline, p.objectives, p.contact?.position ?? null];
}

/** Every text of a policy written for investors. */
export function policyTexts(p: Pick<Policy, 'title' | 'summary' | 'body' | 'legalIssuer'>): (Localized | null)[] {
  return [p.title, p.summary, p.body, p.legalIssuer];
}

/**
 * `policyCount`: linked policies (project_policies rows, whatever their status);
 * `documentCount`: documents rows with owner_type 'project' (files and images).
 */
export function projectCompletenessInput(
  p: Pick<Project, 'lat' | 'lng' | 'areaHa' | 'capitalVnd' | 'landStatus' | 'landStatusKind' | 'infrastructure' | 'contact' | 'title' | 'summary' | 'description' | 'timeline' | 'objectives'>,
  counts: { policyCount: number; documentCount: number },
): CompletenessInput {
  return {
    lat: p.lat ?? null,
    lng: p.lng ?? null,
    areaHa: p.areaHa,
    capitalVnd: p.capitalVnd,
    landStatus: p.landStatus,
    landStatusKind: p.landStatusKind,
    infrastructure: p.infrastructure,
    policyCount: counts.policyCount,
    documentCount: counts.documentCount,
    contact: p.contact,
    texts: projectTexts(p),
  };
}

export function projectCompleteness(p: Parameters<typeof projectCompletenessInput>[0], counts: { policyCount: number; documentCount: number }): Completeness {
  return completeness(projectCompletenessInput(p, counts));
}

export function projectEnglishParity(p: Parameters<typeof projectTexts>[0] & { englishReviewedVersion: number | null; version: number }): EnglishParity {
  return englishParity(projectTexts(p), p.englishReviewedVersion, p.version);
}

export function policyEnglishParity(p: Parameters<typeof policyTexts>[0] & { englishReviewedVersion: number | null; version: number }): EnglishParity {
  return englishParity(policyTexts(p), p.englishReviewedVersion, p.version);
}

/**
 * Saves that change no text (workflow transitions, "still current", featuring) still raise the
 * version; an editor's confirmation of the English of the version before carries over to the one
 * the save creates (a save with changes raises the version by exactly one). Content edits do not
 * call this, so they make the parity `present` again.
 */
export function carryEnglishReview(item: { englishReviewedVersion: number | null; version: number }): void {
  if (item.englishReviewedVersion !== null && item.englishReviewedVersion === item.version) item.englishReviewedVersion = item.version + 1;
}
