import { parseFeed } from '@rowanmanning/feed-parser';
import { XMLValidator } from 'fast-xml-parser';
import type { NewsLanguage } from './news.entities.js';
import { cap, foldForMatch, itemKey, newsLanguage, normaliseLink, oneLine, plainSummary, plainTitle, SOURCE_MAX } from './text.js';

/** The document is not a usable feed; nothing of it is stored. */
export class FeedParseError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'FeedParseError';
  }
}

export interface ParsedItem {
  key: string;
  link: string | null;
  title: string;
  summary: string;
  imageUrl: string | null;
  language: NewsLanguage;
  /** Null when the feed gives no date: the first time it is seen counts then. */
  publishedAt: Date | null;
  folded: string;
}

export interface ParsedFeed {
  source: string;
  items: ParsedItem[];
  /** Items left out: no title, no link or guid, a duplicate of an earlier item, or beyond the cap. */
  skipped: number;
}

interface RawItem {
  id: string | null;
  title: string | null;
  description: string | null;
  content: string | null;
  url: string | null;
  published: Date | null;
  updated: Date | null;
  image: { url: string } | null;
  element?: { getAttribute?: (name: string) => string | null };
}

const validDate = (d: Date | null | undefined): Date | null => (d && !Number.isNaN(d.getTime()) ? d : null);

/**
 * A feed document to items ready to store. Refuses malformed XML (checked before the lenient
 * parser, which would otherwise make items out of a truncated or broken document) and documents
 * declaring entities (no entity expansion from outside sources). Keeps the `maxItems` newest items.
 */
export function parseNewsFeed(xml: string, feedUrl: string, maxItems: number, now = new Date()): ParsedFeed {
  if (/<!ENTITY/i.test(xml)) throw new FeedParseError('the document declares XML entities: refused');
  const valid = XMLValidator.validate(xml);
  if (valid !== true) throw new FeedParseError(`malformed XML: ${valid.err.msg} (line ${valid.err.line})`);
  let feed: ReturnType<typeof parseFeed>;
  try {
    feed = parseFeed(xml);
  } catch (err) {
    throw new FeedParseError(`not an RSS or Atom feed (${err instanceof Error ? err.message : String(err)})`);
  }
  const feedLanguage = feed.language;
  const source = cap(oneLine(feed.title), SOURCE_MAX) || new URL(feedUrl).hostname;
  const base = normaliseLink(feed.url) ?? feedUrl;
  const seen = new Set<string>();
  const items: ParsedItem[] = [];
  let skipped = 0;
  for (const raw of feed.items as unknown as RawItem[]) {
    const title = plainTitle(raw.title);
    const link = normaliseLink(raw.url, base);
    const key = itemKey(link, raw.id, feedUrl);
    if (!title || !key || seen.has(key)) {
      skipped++;
      continue;
    }
    seen.add(key);
    const summary = plainSummary(raw.description ?? raw.content);
    let publishedAt = validDate(raw.published) ?? validDate(raw.updated);
    // A date in the future (a wrong time zone, a scheduled post) would pin the item on top for days.
    if (publishedAt && publishedAt > now) publishedAt = now;
    const itemLang = raw.element?.getAttribute?.('xml:lang') ?? null;
    items.push({
      key,
      link,
      title,
      summary,
      imageUrl: normaliseLink(raw.image?.url, link ?? base),
      language: newsLanguage(itemLang ?? feedLanguage),
      publishedAt,
      folded: foldForMatch(`${title} ${summary}`),
    });
  }
  // Newest first; undated items count as new (they are stamped with the time they are first seen).
  items.sort((a, b) => (b.publishedAt ?? now).getTime() - (a.publishedAt ?? now).getTime());
  const kept = items.slice(0, maxItems);
  return { source, items: kept, skipped: skipped + (items.length - kept.length) };
}
