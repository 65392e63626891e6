/** Whether a policy is in force on a given day. Pure; `today` is a `YYYY-MM-DD` calendar date. */
export type Validity = 'in_force' | 'expired' | 'not_yet';

/**
 * Compares calendar dates as strings (ISO dates sort like the days they name). Both ends are
 * inclusive: a policy valid to 2025-09-30 is still in force on that day. A missing start means
 * "already in force", a missing end "no end date".
 */
export function validityOn(
  validFrom: string | null | undefined,
  validTo: string | null | undefined,
  today: string,
): Validity {
  const from = validFrom?.slice(0, 10) || null;
  const to = validTo?.slice(0, 10) || null;
  if (from && today < from) return 'not_yet';
  if (to && today > to) return 'expired';
  return 'in_force';
}
