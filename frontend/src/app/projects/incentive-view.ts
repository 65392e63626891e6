import type { Schemas } from '../core/api/api';
import type { PublicMessageKey } from '../core/i18n/vi';

/** The API's validity of a policy on today's date in Vietnam (bounds inclusive). */
export type PolicyValidity = Schemas['PolicyValidity'];

export interface ValidityBadge {
  /** Text of the badge (the state is always written out, never shown by colour alone). */
  label: PublicMessageKey;
  /** Modifier of the badge's style. */
  tone: 'valid' | 'not-yet' | 'expired';
}

const BADGE: Readonly<Record<PolicyValidity, ValidityBadge>> = {
  valid: { label: 'policies.validity.in_force', tone: 'valid' },
  'not-yet': { label: 'policies.validity.not_yet', tone: 'not-yet' },
  expired: { label: 'policies.validity.expired', tone: 'expired' },
};

/** The badge of a validity; an unknown value (a newer API) reads as "in force" would mislead, so it is null. */
export function validityBadge(validity: string): ValidityBadge | null {
  return Object.hasOwn(BADGE, validity) ? BADGE[validity as PolicyValidity] : null;
}

/** Shared look of the validity badges (public incentive check and the workspace's). */
export const VALIDITY_BADGE_STYLES = `
  .validity { display: inline-block; padding: 0 0.5rem; border: 1px solid currentColor; border-radius: 1rem; font-size: 0.875rem; font-weight: 600; white-space: nowrap; }
  .validity--valid { color: #1d5e20; background: #eef7ee; }
  .validity--not-yet { color: #6b4a00; background: #fff7e0; }
  .validity--expired { color: #4a4a4a; background: #f1f1f1; }
`;
