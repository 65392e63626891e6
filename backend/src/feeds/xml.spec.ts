import { renderAtom, renderRss, xml, type FeedChannel, type FeedItem } from './xml.js';

const channel: FeedChannel = {
  title: 'Dự án kêu gọi đầu tư',
  description: 'Mới & cập nhật',
  link: 'https://dautu.example/vi/projects',
  self: 'https://dautu.example/feeds/projects.rss?lang=vi',
  lang: 'vi',
  updated: new Date('2026-11-26T01:02:03Z'),
};
const item: FeedItem = {
  id: 'tag:dautu.example,2026:project/11111111-1111-4111-8111-111111111111',
  title: 'Điện gió <Vĩnh Châu> "giai đoạn 3" & cảng',
  summary: 'Tóm tắt\u0007 với ký tự điều khiển',
  url: 'https://dautu.example/vi/projects/dien-gio?a=1&b=2',
  published: new Date('2026-10-01T00:00:00Z'),
  updated: new Date('2026-11-01T00:00:00Z'),
  categories: ['Năng lượng'],
};

describe('feeds', () => {
  it('escapes markup and drops characters XML forbids', () => {
    expect(xml(`<a href="x">'&'</a>\u0001`)).toBe('&lt;a href=&quot;x&quot;&gt;&apos;&amp;&apos;&lt;/a&gt;');
  });

  it('RSS 2.0 has the required channel elements, a self link and escaped items', () => {
    const rss = renderRss(channel, [item]);
    expect(rss).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<rss version="2.0"/);
    for (const tag of ['title', 'link', 'description']) expect(rss).toContain(`<${tag}>`);
    expect(rss).toContain('<atom:link href="https://dautu.example/feeds/projects.rss?lang=vi" rel="self" type="application/rss+xml"/>');
    expect(rss).toContain('<title>Điện gió &lt;Vĩnh Châu&gt; &quot;giai đoạn 3&quot; &amp; cảng</title>');
    expect(rss).toContain('<link>https://dautu.example/vi/projects/dien-gio?a=1&amp;b=2</link>');
    expect(rss).toContain('<pubDate>Thu, 01 Oct 2026 00:00:00 GMT</pubDate>');
    expect(rss).not.toContain('\u0007');
  });

  it('Atom has id, title, updated and per-entry id, title, updated (RFC 4287)', () => {
    const atom = renderAtom(channel, [item]);
    expect(atom).toContain('<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="vi">');
    expect(atom).toContain('<updated>2026-11-26T01:02:03.000Z</updated>');
    expect(atom).toContain(`<entry><id>${item.id}</id>`);
    expect(atom).toContain('<updated>2026-11-01T00:00:00.000Z</updated>');
    expect(atom).toContain('<category term="Năng lượng"/>');
  });
});
