import type { Schemas } from '../../core/api/api';
import type { Lang } from '../../core/i18n/lang';
import type { MessageKey } from '../../core/i18n/vi';
import { formatDateTime } from '../../inquiries/dates';

export type InquiryStatus = Schemas['InboxItemDto']['status'];
/** A status an officer can set directly (answered comes from replying). */
export type SettableStatus = Schemas['StatusDto']['status'];

export const INQUIRY_STATUSES: readonly InquiryStatus[] = ['new', 'acknowledged', 'answered', 'closed', 'spam'];

export const INQUIRY_STATUS_LABEL: Readonly<Record<InquiryStatus, MessageKey>> = {
  new: 'inbox.status.new',
  acknowledged: 'inbox.status.acknowledged',
  answered: 'inbox.status.answered',
  closed: 'inbox.status.closed',
  spam: 'inbox.status.spam',
};

export function isInquiryStatus(value: unknown): value is InquiryStatus {
  return typeof value === 'string' && (INQUIRY_STATUSES as readonly string[]).includes(value);
}

export interface StatusAction {
  status: SettableStatus;
  key: MessageKey;
}

const ACTION_KEY: Readonly<Record<SettableStatus, MessageKey>> = {
  acknowledged: 'inbox.action.acknowledge',
  closed: 'inbox.action.close',
  spam: 'inbox.action.spam',
  new: 'inbox.action.notSpam',
};

/** The API's allowed status changes (InboxService.STATUS_CHANGES); anything else answers 409. */
const CHANGES: Readonly<Record<InquiryStatus, readonly SettableStatus[]>> = {
  new: ['acknowledged', 'closed', 'spam'],
  acknowledged: ['closed', 'spam'],
  answered: ['closed'],
  closed: [],
  spam: ['new'],
};

/** The buttons to show for an inquiry in `status`, in the order they appear. */
export function allowedActions(status: InquiryStatus): StatusAction[] {
  return CHANGES[status].map((s) => ({ status: s, key: ACTION_KEY[s] }));
}

/** Replies are refused (409) on closed and spam inquiries and once the sender's data is erased. */
export function canReply(inquiry: { status: InquiryStatus; anonymisedAt: string | null }): boolean {
  return inquiry.status !== 'closed' && inquiry.status !== 'spam' && !inquiry.anonymisedAt;
}

const LOCALE: Readonly<Record<Lang, string>> = { vi: 'vi-VN', en: 'en-GB' };
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/**
 * "in 3 days" / "2 hours ago" ("3 ngày nữa" / "2 giờ trước"): minutes under an hour, hours under
 * two days, days beyond. Rounded towards the nearer unit, never "in 0 days".
 */
export function relativeTime(iso: string, now: Date, lang: Lang): string {
  const diff = new Date(iso).getTime() - now.getTime();
  if (Number.isNaN(diff)) return '';
  const format = new Intl.RelativeTimeFormat(LOCALE[lang], { numeric: 'auto' });
  const abs = Math.abs(diff);
  if (abs < HOUR) return format.format(Math.round(diff / MINUTE), 'minute');
  if (abs < 2 * DAY) return format.format(Math.round(diff / HOUR), 'hour');
  return format.format(Math.round(diff / DAY), 'day');
}

export interface DueDisplay {
  /** "in 3 days", "2 hours ago" */
  relative: string;
  /** "Friday 4 December 2026, 17:00 GMT+7" (province time) */
  absolute: string;
  /** Shown with an "Overdue" badge: past due and not answered (as the API says). */
  overdue: boolean;
}

/** How a due time is shown in the inbox; `overdue` comes from the API, which knows the status. */
export function dueDisplay(dueAt: string, overdue: boolean, now: Date, lang: Lang): DueDisplay {
  return { relative: relativeTime(dueAt, now, lang), absolute: formatDateTime(dueAt, lang), overdue };
}

export const TEXT_MIN = 2;
export const TEXT_MAX = 10_000;

/** Replies and notes: the API wants 2 to 10,000 characters (checked here on the trimmed NFC text). */
export function textError(value: string | null | undefined): 'required' | 'short' | 'long' | null {
  const text = (value ?? '').normalize('NFC').trim();
  if (text === '') return 'required';
  if (text.length < TEXT_MIN) return 'short';
  if (text.length > TEXT_MAX) return 'long';
  return null;
}

/** Public page of what an inquiry is about, in the given language. */
export function subjectPath(subject: { type: 'project' | 'policy'; slug: string }, lang: Lang): string {
  return `/${lang}/${subject.type === 'project' ? 'projects' : 'policies'}/${subject.slug}`;
}
