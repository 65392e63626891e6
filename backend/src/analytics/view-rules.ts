import { isbot } from 'isbot';

export interface ViewRequest {
  userAgent: string | undefined;
  /** Sec-Purpose, Purpose, X-Purpose and X-Moz, joined: browsers mark speculative loads there. */
  purpose: string | undefined;
  /** A signed-in member of staff (previewing or checking a page). */
  signedIn: boolean;
}

export type IgnoredBecause = 'signed-in' | 'no-user-agent' | 'bot' | 'prefetch';

/** Why a view is not counted at all, or null when it may count (subject to the repeat window). */
export function ignoredBecause(req: ViewRequest): IgnoredBecause | null {
  const ua = req.userAgent?.trim();
  if (!ua) return 'no-user-agent';
  if (req.purpose && /prefetch|prerender|preview/i.test(req.purpose)) return 'prefetch';
  if (isbot(ua)) return 'bot';
  if (req.signedIn) return 'signed-in';
  return null;
}
