import { FeedParseError, parseNewsFeed } from './parse.js';

const NOW = new Date('2026-11-20T00:00:00Z');
const FEED = 'https://www.soctrang.gov.vn/rss/tin-tuc';

const rss = (items: string, extra = '') => `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Cổng TTĐT tỉnh – Tin tức</title><link>https://www.soctrang.gov.vn/</link><language>vi-VN</language>${extra}${items}</channel></rss>`;

describe('parseNewsFeed', () => {
  it('reads RSS items: plain-text summary, resolved link without fragment, image, date, language', () => {
    const feed = parseNewsFeed(
      rss(`<item><title>Khởi công KCN &amp; cảng Trần Đề</title><link>/tin-tuc/kcn-tran-de#top</link>
        <description><![CDATA[<p>Sáng nay, <b>UBND tỉnh</b> tổ chức lễ khởi công.</p>]]></description>
        <pubDate>Tue, 10 Nov 2026 08:00:00 +0700</pubDate><enclosure url="/anh/kcn.jpg" type="image/jpeg" length="1"/></item>`),
      FEED,
      200,
      NOW,
    );
    expect(feed.source).toBe('Cổng TTĐT tỉnh – Tin tức');
    expect(feed.skipped).toBe(0);
    expect(feed.items).toEqual([
      {
        key: 'https://www.soctrang.gov.vn/tin-tuc/kcn-tran-de',
        link: 'https://www.soctrang.gov.vn/tin-tuc/kcn-tran-de',
        title: 'Khởi công KCN & cảng Trần Đề',
        summary: 'Sáng nay, UBND tỉnh tổ chức lễ khởi công.',
        imageUrl: 'https://www.soctrang.gov.vn/anh/kcn.jpg',
        language: 'vi',
        publishedAt: new Date('2026-11-10T01:00:00Z'),
        folded: 'khoi cong kcn cang tran de sang nay ubnd tinh to chuc le khoi cong',
      },
    ]);
  });

  it('reads Atom with xml:lang, and keys items without a link by their guid', () => {
    const feed = parseNewsFeed(
      `<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en"><title>Soc Trang news</title>
        <entry><id>urn:soctrang:1</id><title>Wind power auction</title><updated>2026-11-01T00:00:00Z</updated><summary>Bids open.</summary></entry></feed>`,
      FEED,
      200,
      NOW,
    );
    expect(feed.items).toHaveLength(1);
    expect(feed.items[0]).toMatchObject({ link: null, language: 'en', title: 'Wind power auction', publishedAt: new Date('2026-11-01T00:00:00Z') });
    expect(feed.items[0]!.key).toMatch(/^guid:/);
  });

  it('skips items without a title or a key, duplicates within the feed, and keeps the newest up to the cap', () => {
    const feed = parseNewsFeed(
      rss(`<item><title>Một</title><link>https://x.vn/1</link><pubDate>Mon, 02 Nov 2026 00:00:00 GMT</pubDate></item>
        <item><title>Một (lặp)</title><link>https://x.vn/1#again</link></item>
        <item><title></title><link>https://x.vn/2</link></item>
        <item><title>Không có link</title></item>
        <item><title>Ba</title><link>https://x.vn/3</link><pubDate>Wed, 04 Nov 2026 00:00:00 GMT</pubDate></item>
        <item><title>Bốn</title><link>https://x.vn/4</link><pubDate>Tue, 03 Nov 2026 00:00:00 GMT</pubDate></item>`),
      FEED,
      2,
      NOW,
    );
    expect(feed.items.map((i) => i.title)).toEqual(['Ba', 'Bốn']);
    expect(feed.skipped).toBe(4);
  });

  it('clamps dates in the future to now', () => {
    const feed = parseNewsFeed(rss(`<item><title>Sắp tới</title><link>https://x.vn/f</link><pubDate>Fri, 01 Jan 2027 00:00:00 GMT</pubDate></item>`), FEED, 10, NOW);
    expect(feed.items[0]!.publishedAt).toEqual(NOW);
  });

  it('refuses malformed XML, non-feeds and entity declarations', () => {
    expect(() => parseNewsFeed('<rss><channel><title>x</title><item><title>hỏng</item></channel></rss>', FEED, 10)).toThrow(FeedParseError);
    expect(() => parseNewsFeed('<rss><channel><title>x</title><item><title>hỏng</item></channel></rss>', FEED, 10)).toThrow(/malformed XML/);
    expect(() => parseNewsFeed('<html><body>Not found</body></html>', FEED, 10)).toThrow(/not an RSS or Atom feed/);
    expect(() => parseNewsFeed('<?xml version="1.0"?><!DOCTYPE r [<!ENTITY a "aaaa">]><rss><channel><title>&a;</title></channel></rss>', FEED, 10)).toThrow(/entities/);
  });
});
