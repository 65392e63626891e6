import { externalHref, newsItemView, relatedNewsViews, type NewsItemLike } from './news-view';

const item = (over: Partial<NewsItemLike> = {}): NewsItemLike => ({
  id: 'a',
  title: 'Sóc Trăng thúc đẩy điện gió',
  link: 'https://www.soctrang.gov.vn/tin-tuc/dien-gio',
  source: 'Cổng TTĐT tỉnh',
  language: 'vi',
  publishedAt: '2026-11-02T20:30:00Z',
  summary: 'Tóm tắt.',
  ...over,
});

describe('externalHref', () => {
  it('keeps absolute http(s) links', () => {
    expect(externalHref('https://www.soctrang.gov.vn/tin-tuc/a?x=1')).toBe('https://www.soctrang.gov.vn/tin-tuc/a?x=1');
    expect(externalHref('http://example.test/a')).toBe('http://example.test/a');
  });

  it('drops missing, relative and non-http links', () => {
    expect(externalHref(null)).toBeNull();
    expect(externalHref('')).toBeNull();
    expect(externalHref('/tin-tuc/a')).toBeNull();
    expect(externalHref('javascript:alert(1)')).toBeNull();
    expect(externalHref('data:text/html,x')).toBeNull();
  });
});

describe('newsItemView', () => {
  it('formats the date in Vietnam time for the page language', () => {
    // 20:30 UTC on 2 November is 03:30 on 3 November in Vietnam.
    expect(newsItemView(item(), 'vi').date).toBe('03/11/2026');
    expect(newsItemView(item(), 'en').date).toBe('3 November 2026');
    expect(newsItemView(item(), 'en').datetime).toBe('2026-11-02T20:30:00Z');
  });

  it('marks the language only when it differs from the page', () => {
    expect(newsItemView(item(), 'vi').lang).toBeNull();
    expect(newsItemView(item(), 'en').lang).toBe('vi');
    expect(newsItemView(item({ language: 'en' }), 'vi').lang).toBe('en');
  });

  it('shortens long summaries at a word and keeps short ones', () => {
    const long = 'đầu tư '.repeat(60).trim();
    const view = newsItemView(item({ summary: long }), 'vi');
    expect(view.summary.length).toBeLessThanOrEqual(200);
    expect(view.summary.endsWith('…')).toBe(true);
    expect(view.summary).not.toMatch(/ …$/);
    expect(newsItemView(item({ summary: '  Ngắn   gọn. ' }), 'vi').summary).toBe('Ngắn gọn.');
    expect(newsItemView(item({ summary: undefined }), 'vi').summary).toBe('');
  });

  it('has no link for an unsafe URL and defaults pinned to false', () => {
    const view = newsItemView(item({ link: 'javascript:void(0)' }), 'vi');
    expect(view.href).toBeNull();
    expect(view.pinned).toBe(false);
    expect(newsItemView(item({ pinned: true }), 'vi').pinned).toBe(true);
  });
});

describe('relatedNewsViews', () => {
  it('keeps the API order and at most five items', () => {
    const items = Array.from({ length: 7 }, (_, i) => item({ id: String(i), pinned: i === 0 }));
    const views = relatedNewsViews(items, 'vi');
    expect(views.map((v) => v.id)).toEqual(['0', '1', '2', '3', '4']);
    expect(views[0].pinned).toBe(true);
    expect(relatedNewsViews([], 'en')).toEqual([]);
  });
});
