import { ConflictException, ForbiddenException, NotFoundException } from '@nestjs/common';
import type { Actor } from './access.js';

export const STATUSES = ['draft', 'submitted', 'published', 'rejected', 'archived', 'awarded'] as const;
export type Status = (typeof STATUSES)[number];

/** What the public can see. An awarded project stays public, marked as awarded. */
export const PUBLIC_STATUSES: readonly Status[] = ['published', 'awarded'];

export type Transition = 'submit' | 'publish' | 'reject' | 'unpublish' | 'archive' | 'award';

interface TransitionRule {
  from: readonly Status[];
  to: Status;
  /** officer = an officer of the owning department. */
  who: readonly ('officer' | 'editor' | 'admin')[];
}

/**
 * The editorial workflow. Officers prepare and submit; the editorial board (editors) publishes,
 * rejects, unpublishes; admins may do everything. Unpublish returns an item to its department as a draft.
 */
export const TRANSITIONS: Record<Transition, TransitionRule> = {
  submit: { from: ['draft', 'rejected'], to: 'submitted', who: ['officer', 'admin'] },
  publish: { from: ['submitted'], to: 'published', who: ['editor', 'admin'] },
  reject: { from: ['submitted'], to: 'rejected', who: ['editor', 'admin'] },
  unpublish: { from: ['published', 'awarded'], to: 'draft', who: ['editor', 'admin'] },
  archive: { from: ['draft', 'rejected', 'published', 'awarded'], to: 'archived', who: ['editor', 'admin'] },
  award: { from: ['published'], to: 'awarded', who: ['editor', 'admin'] },
};

export interface Owned {
  departmentId: string;
  status: Status;
}

/** Officers see only their own department's items: others' are "not found", never "forbidden" (BOLA). */
export function assertCanSee(actor: Actor, item: Owned | null, what: string): asserts item is Owned {
  if (!item || (actor.role === 'officer' && actor.departmentId !== item.departmentId)) {
    throw new NotFoundException(`No such ${what}`);
  }
}

/** Content edits: officers of the owning department before publication; admins always. */
export function assertCanEdit(actor: Actor, item: Owned, what: string): void {
  assertCanSee(actor, item, what);
  if (actor.role === 'admin') return;
  if (actor.role !== 'officer') throw new ForbiddenException(`Editors review ${what}s; they do not edit them`);
  if (!['draft', 'rejected', 'submitted'].includes(item.status)) {
    throw new ConflictException(`This ${what} is ${item.status}: ask the editorial board to unpublish it before editing`);
  }
}

/** Status after an edit: an edited rejected or submitted item goes back to draft (it must be resubmitted). */
export function statusAfterEdit(status: Status): Status {
  return status === 'rejected' || status === 'submitted' ? 'draft' : status;
}

export function assertTransition(actor: Actor, item: Owned, transition: Transition, what: string): Status {
  assertCanSee(actor, item, what);
  const rule = TRANSITIONS[transition];
  const role = actor.role;
  if (!rule.who.includes(role)) throw new ForbiddenException(`Your role may not ${transition} a ${what}`);
  if (!rule.from.includes(item.status)) {
    throw new ConflictException(`Cannot ${transition} a ${what} that is ${item.status}`);
  }
  return rule.to;
}

export function assertVersion(current: number, sent: number, what: string): void {
  if (current !== sent) {
    throw new ConflictException(`This ${what} was changed by someone else (version ${current}, you sent ${sent}): reload and try again`);
  }
}
