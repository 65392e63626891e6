import { documentId, toNewsDocument } from './documents.js';
import { INDEXES, NEWS_INDEX } from './indexes.js';
import { buildNewsSearch } from './query.js';

describe('news documents', () => {
  const source = {
    id: '6f1c2b3a-1d2e-4f5a-8b6c-7d8e9f0a1b2c',
    version: 3,
    title: 'Khởi công cảng Trần Đề',
    summary: 'Lễ khởi công sáng nay.',
    link: 'https://www.soctrang.gov.vn/tin-tuc/cang-tran-de',
    source: 'Cổng TTĐT tỉnh',
    imageUrl: null,
    language: 'vi' as const,
    publishedAt: new Date('2026-11-10T01:00:00Z'),
  };

  it('are news-<uuid> with public fields, dates as seconds and the tone spelling', () => {
    expect(toNewsDocument(source)).toEqual({
      id: documentId('news', source.id),
      type: 'news',
      db_id: source.id,
      version: 3,
      title: source.title,
      summary: source.summary,
      link: source.link,
      source: 'Cổng TTĐT tỉnh',
      image_url: null,
      language: 'vi',
      published_at: 1_794_272_400,
      tones: 'khowir coong cangr traanf ddeef',
    });
  });

  it('live in their own index, registered with the others', () => {
    expect(INDEXES.news).toBe(NEWS_INDEX);
    expect(NEWS_INDEX.settings.filterableAttributes).toEqual(['language', 'published_at', 'source']);
    expect(NEWS_INDEX.settings.sortableAttributes).toEqual(['published_at']);
  });

  it('an empty text lists the newest first; a text ranks by relevance; a language filters', () => {
    expect(buildNewsSearch('news', { q: '', limit: 5 })).toMatchObject({ q: '', sort: ['published_at:desc'], limit: 5 });
    const built = buildNewsSearch('news', { q: 'cảng', language: 'en', limit: 10 });
    expect(built.sort).toBeUndefined();
    expect(built.filter).toEqual(['language = en']);
    expect(built.q).toMatch(/^cảng /);
  });
});
