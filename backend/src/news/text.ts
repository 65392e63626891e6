import { fold } from '@invest-portal/search';
import { createHash } from 'node:crypto';
import { toPlainText } from '../common/text.js';
import type { NewsLanguage } from './news.entities.js';

export const TITLE_MAX = 500;
export const SUMMARY_MAX = 1000;
export const SOURCE_MAX = 300;
export const URL_MAX = 2048;

/**
 * A link as the dedupe key and as shown: resolved against the feed's URL (feeds may use relative
 * links), trimmed, without its fragment. Null for anything but http(s), unparsable or overlong URLs.
 */
export function normaliseLink(raw: string | null | undefined, base?: string): string | null {
  const text = raw?.trim();
  if (!text) return null;
  let url: URL;
  try {
    url = new URL(text, base);
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  url.hash = '';
  const out = url.toString();
  return out.length <= URL_MAX ? out : null;
}

/** The dedupe key: the link, or for an item without one its guid scoped to its feed (guids are only unique per feed). */
export function itemKey(link: string | null, guid: string | null | undefined, feedUrl: string): string | null {
  if (link) return link;
  const id = guid?.trim();
  if (!id) return null;
  return `guid:${createHash('sha256').update(`${feedUrl}\n${id}`).digest('hex')}`;
}

/** Plain text on one line: markup removed, entities decoded, whitespace collapsed. */
export function oneLine(value: string | null | undefined): string {
  return value ? toPlainText(value).replace(/\s+/g, ' ').trim() : '';
}

/** Cuts at a word boundary near `max` characters and marks the cut with an ellipsis. */
export function cap(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.8 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

/** A feed item's description (often HTML) as the stored plain-text summary, at most SUMMARY_MAX characters. */
export function plainSummary(html: string | null | undefined): string {
  return cap(oneLine(html), SUMMARY_MAX);
}

export function plainTitle(value: string | null | undefined): string {
  return cap(oneLine(value), TITLE_MAX);
}

/** 'en', 'en-US', 'EN_gb' → en; everything else (vi, vi-VN, missing, other languages) → vi. */
export function newsLanguage(value: string | null | undefined): NewsLanguage {
  return /^en($|[-_])/i.test(value?.trim() ?? '') ? 'en' : 'vi';
}

/**
 * Text for whole-word matching: lower-case, no diacritics ("Đ" → "d"), every run of other
 * characters a single space. "Khu công nghiệp Trần Đề!" → "khu cong nghiep tran de".
 */
export function foldForMatch(text: string): string {
  return fold(text.normalize('NFC'))
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** True when `phrase` (already folded) occurs in `folded` as whole words. */
export function containsPhrase(folded: string, phrase: string): boolean {
  return phrase.length > 0 && ` ${folded} `.includes(` ${phrase} `);
}
