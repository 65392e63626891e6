/** XML text and attribute escaping; control characters XML 1.0 forbids are dropped. */
export function xml(text: string): string {
  return text
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '')
    .replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!);
}

export interface FeedItem {
  /** Stable id (tag URI) that does not change when the title does. */
  id: string;
  title: string;
  summary: string;
  url: string;
  published: Date;
  updated: Date;
  categories: string[];
}

export interface FeedChannel {
  title: string;
  description: string;
  /** The HTML page the feed is about. */
  link: string;
  /** The feed's own URL. */
  self: string;
  lang: 'vi' | 'en';
  updated: Date;
}

/** RSS 2.0 (https://www.rssboard.org/rss-specification) with an atom:link rel="self". */
export function renderRss(channel: FeedChannel, items: readonly FeedItem[]): string {
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">',
    '<channel>',
    `<title>${xml(channel.title)}</title>`,
    `<link>${xml(channel.link)}</link>`,
    `<description>${xml(channel.description)}</description>`,
    `<language>${channel.lang}</language>`,
    `<lastBuildDate>${channel.updated.toUTCString()}</lastBuildDate>`,
    `<atom:link href="${xml(channel.self)}" rel="self" type="application/rss+xml"/>`,
    ...items.map((i) =>
      [
        '<item>',
        `<title>${xml(i.title)}</title>`,
        `<link>${xml(i.url)}</link>`,
        `<guid isPermaLink="false">${xml(i.id)}</guid>`,
        `<pubDate>${i.published.toUTCString()}</pubDate>`,
        `<description>${xml(i.summary)}</description>`,
        ...i.categories.map((c) => `<category>${xml(c)}</category>`),
        '</item>',
      ].join(''),
    ),
    '</channel>',
    '</rss>',
    '',
  ].join('\n');
}

/** Atom 1.0 (RFC 4287). */
export function renderAtom(channel: FeedChannel, items: readonly FeedItem[]): string {
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${channel.lang}">`,
    `<id>${xml(channel.self)}</id>`,
    `<title>${xml(channel.title)}</title>`,
    `<subtitle>${xml(channel.description)}</subtitle>`,
    `<updated>${channel.updated.toISOString()}</updated>`,
    `<link rel="self" type="application/atom+xml" href="${xml(channel.self)}"/>`,
    `<link rel="alternate" type="text/html" href="${xml(channel.link)}"/>`,
    `<author><name>${xml(channel.title)}</name></author>`,
    ...items.map((i) =>
      [
        '<entry>',
        `<id>${xml(i.id)}</id>`,
        `<title>${xml(i.title)}</title>`,
        `<link rel="alternate" type="text/html" href="${xml(i.url)}"/>`,
        `<published>${i.published.toISOString()}</published>`,
        `<updated>${i.updated.toISOString()}</updated>`,
        `<summary>${xml(i.summary)}</summary>`,
        ...i.categories.map((c) => `<category term="${xml(c)}"/>`),
        '</entry>',
      ].join(''),
    ),
    '</feed>',
    '',
  ].join('\n');
}
