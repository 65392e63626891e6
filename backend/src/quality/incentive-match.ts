/**
 * Which incentive policies may apply to a call for investment (issue 8, item 6). Pure: the
 * service loads the published policies, the project's sectors and the chain of its administrative
 * unit, and this decides.
 *
 * - Sectors: a policy without sectors applies to every sector; otherwise it must share one with the
 *   project. `sectors` names the project's sectors the policy covers.
 * - Units: a policy without units applies to the whole province (`'province'`); otherwise one of
 *   its units must be the project's unit or an ancestor of it (a policy for the province unit
 *   covers all its wards and communes). `units` names the policy's units that matched.
 * - Validity is judged on today's date in Vietnam (Asia/Ho_Chi_Minh); validFrom and validTo are
 *   inclusive calendar dates.
 */
export const VALIDITIES = ['valid', 'not-yet', 'expired'] as const;
export type Validity = (typeof VALIDITIES)[number];

export const VIETNAM_TIME_ZONE = 'Asia/Ho_Chi_Minh';

export interface UnitNode {
  id: string;
  code: string;
  parentId: string | null;
}

export interface MatchableProject {
  sectorCodes: string[];
  /** Codes of the project's unit, then its parent, grandparent… (see unitChain). */
  unitChain: string[];
}

export interface MatchablePolicy {
  sectorCodes: string[];
  unitCodes: string[];
}

export interface MatchedBy {
  sectors: string[];
  units: string[] | 'province';
}

/** The unit's code followed by its ancestors' codes; stops at a missing parent or a cycle. */
export function unitChain(unitId: string, units: readonly UnitNode[]): string[] {
  const byId = new Map(units.map((u) => [u.id, u]));
  const chain: string[] = [];
  const seen = new Set<string>();
  for (let u = byId.get(unitId); u && !seen.has(u.id); u = u.parentId ? byId.get(u.parentId) : undefined) {
    seen.add(u.id);
    chain.push(u.code);
  }
  return chain;
}

/** Why the policy applies to the project, or null when it does not. */
export function matchPolicy(policy: MatchablePolicy, project: MatchableProject): MatchedBy | null {
  const projectSectors = [...new Set(project.sectorCodes)].sort();
  const sectors = policy.sectorCodes.length ? projectSectors.filter((s) => policy.sectorCodes.includes(s)) : projectSectors;
  if (policy.sectorCodes.length && !sectors.length) return null;
  if (!policy.unitCodes.length) return { sectors, units: 'province' };
  const units = [...new Set(policy.unitCodes.filter((u) => project.unitChain.includes(u)))].sort();
  return units.length ? { sectors, units } : null;
}

/** Today's calendar date (YYYY-MM-DD) in Vietnam. */
export function vietnamToday(now: Date): string {
  // en-CA formats dates as YYYY-MM-DD.
  return new Intl.DateTimeFormat('en-CA', { timeZone: VIETNAM_TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

/** Inclusive dates; a missing bound is open. */
export function validity(validFrom: string | null, validTo: string | null, today: string): Validity {
  if (validFrom && today < validFrom) return 'not-yet';
  if (validTo && today > validTo) return 'expired';
  return 'valid';
}

const RANK: Record<Validity, number> = { valid: 0, 'not-yet': 1, expired: 2 };
const collator = new Intl.Collator('vi');

/** Valid first, then not yet in force, then expired; by title within each. */
export function byValidityThenTitle<T extends { validity: Validity; sortTitle: string }>(a: T, b: T): number {
  return RANK[a.validity] - RANK[b.validity] || collator.compare(a.sortTitle, b.sortTitle);
}
