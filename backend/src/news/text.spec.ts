import { cap, containsPhrase, foldForMatch, itemKey, newsLanguage, normaliseLink, plainSummary, plainTitle, SUMMARY_MAX } from './text.js';

describe('normaliseLink', () => {
  it('trims, drops the fragment and resolves relative links against the feed', () => {
    expect(normaliseLink('  https://www.soctrang.gov.vn/tin-tuc/a?id=1#binh-luan ')).toBe('https://www.soctrang.gov.vn/tin-tuc/a?id=1');
    expect(normaliseLink('/tin-tuc/b', 'https://www.soctrang.gov.vn/rss/tin-tuc')).toBe('https://www.soctrang.gov.vn/tin-tuc/b');
    expect(normaliseLink('HTTPS://WWW.SocTrang.gov.vn/x#')).toBe('https://www.soctrang.gov.vn/x');
  });

  it('refuses anything but http(s), garbage and overlong URLs', () => {
    expect(normaliseLink('javascript:alert(1)')).toBeNull();
    expect(normaliseLink('mailto:a@b.vn')).toBeNull();
    expect(normaliseLink('không phải url')).toBeNull();
    expect(normaliseLink('')).toBeNull();
    expect(normaliseLink(null)).toBeNull();
    expect(normaliseLink(`https://x.vn/${'a'.repeat(2100)}`)).toBeNull();
  });
});

describe('itemKey', () => {
  it('is the link when there is one, else the guid scoped to its feed', () => {
    expect(itemKey('https://x.vn/a', 'g1', 'https://x.vn/rss')).toBe('https://x.vn/a');
    const a = itemKey(null, 'g1', 'https://x.vn/rss');
    expect(a).toMatch(/^guid:[0-9a-f]{64}$/);
    expect(itemKey(null, ' g1 ', 'https://x.vn/rss')).toBe(a);
    expect(itemKey(null, 'g1', 'https://y.vn/rss')).not.toBe(a);
    expect(itemKey(null, '  ', 'https://x.vn/rss')).toBeNull();
    expect(itemKey(null, null, 'https://x.vn/rss')).toBeNull();
  });
});

describe('plainSummary and plainTitle', () => {
  it('strip markup, decode entities and collapse whitespace', () => {
    expect(plainSummary('<p>Khánh thành <b>nhà máy</b>&nbsp;chế biến\n\n tôm &amp; cá</p><script>alert(1)</script>')).toBe('Khánh thành nhà máy chế biến tôm & cá');
    expect(plainTitle('  Diện tích &lt; 5 ha &amp; giá   tốt ')).toBe('Diện tích < 5 ha & giá tốt');
    // Markup that only entity-decoding reveals is removed too (common/text.ts).
    expect(plainTitle('Tin &lt;script&gt;x&lt;/script&gt; mới')).not.toMatch(/<script/);
    expect(plainSummary(null)).toBe('');
  });

  it('cap summaries at a word boundary with an ellipsis', () => {
    const long = 'đầu tư '.repeat(300);
    const out = plainSummary(long);
    expect(out.length).toBeLessThanOrEqual(SUMMARY_MAX);
    expect(out).toMatch(/ (đầu|tư)…$/u);
    expect(cap('abc', 10)).toBe('abc');
  });
});

describe('newsLanguage', () => {
  it.each([
    ['en', 'en'],
    ['en-US', 'en'],
    ['EN_gb', 'en'],
    ['vi-VN', 'vi'],
    ['vi', 'vi'],
    ['fr', 'vi'],
    [null, 'vi'],
    ['eng', 'vi'],
  ])('%s → %s', (input, expected) => {
    expect(newsLanguage(input)).toBe(expected);
  });
});

describe('foldForMatch and containsPhrase', () => {
  it('folds Vietnamese and punctuation to plain words', () => {
    expect(foldForMatch('Khu công nghiệp Trần Đề: khởi công!')).toBe('khu cong nghiep tran de khoi cong');
    expect(foldForMatch('ĐIỆN GIÓ – Vĩnh Châu')).toBe('dien gio vinh chau');
  });

  it('matches whole words only', () => {
    const text = foldForMatch('Sóc Trăng phát triển điện gió ven biển');
    expect(containsPhrase(text, 'dien gio')).toBe(true);
    expect(containsPhrase(text, 'soc trang')).toBe(true);
    expect(containsPhrase(text, 'gio ven')).toBe(true);
    expect(containsPhrase(text, 'ien gio')).toBe(false);
    expect(containsPhrase(text, 'bien dao')).toBe(false);
    expect(containsPhrase(text, '')).toBe(false);
  });
});
