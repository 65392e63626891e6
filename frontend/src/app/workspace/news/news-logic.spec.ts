import { HttpErrorResponse } from '@angular/common/http';

import type { Schemas } from '../../core/api/api';
import { formatDateTime } from '../../inquiries/dates';
import { actionsFor, decidedRow, doneKey, errorDetail, feedResultLine, ingestSummary, relatedRow } from './news-logic';

const base = {
  id: 'n1',
  title: 'Tin',
  summary: 'Tóm tắt',
  link: 'https://www.soctrang.gov.vn/tin-tuc/a',
  source: 'Cổng TTĐT tỉnh',
  imageUrl: null,
  language: 'vi' as const,
  publishedAt: '2026-11-02T01:00:00Z',
};

const feed = (over: Partial<Schemas['FeedResultDto']> = {}): Schemas['FeedResultDto'] => ({
  url: 'http://feeds.test/a.rss',
  ok: true,
  notModified: false,
  added: 0,
  updated: 0,
  unchanged: 0,
  skipped: 0,
  ...over,
});

describe('actionsFor / doneKey', () => {
  it('offers pin and hide for automatic items, unpin for pinned ones, show again for hidden ones', () => {
    expect(actionsFor(null).map((a) => [a.action, a.next])).toEqual([
      ['pin', 'pinned'],
      ['hide', 'hidden'],
    ]);
    expect(actionsFor('pinned').map((a) => [a.action, a.next])).toEqual([['unpin', null]]);
    expect(actionsFor('hidden').map((a) => [a.action, a.next])).toEqual([['show', null]]);
  });

  it('confirms what changed', () => {
    expect(doneKey(null, 'pinned')).toBe('newsWs.done.pinned');
    expect(doneKey('hidden', 'pinned')).toBe('newsWs.done.pinned');
    expect(doneKey(null, 'hidden')).toBe('newsWs.done.hidden');
    expect(doneKey('pinned', null)).toBe('newsWs.done.unpinned');
    expect(doneKey('hidden', null)).toBe('newsWs.done.shown');
  });
});

describe('rows', () => {
  it('a related item says why it matched and whether it is pinned', () => {
    const row = relatedRow({ ...base, pinned: false, matchedBy: ['sector', 'keyword'], score: 3 }, 'vi');
    expect(row.reasons).toEqual(['newsWs.matched.sector', 'newsWs.matched.keyword']);
    expect(row.state).toBeNull();
    expect(row.actions.map((a) => a.action)).toEqual(['pin', 'hide']);
    expect(relatedRow({ ...base, pinned: true, matchedBy: [], score: 0 }, 'vi').actions.map((a) => a.action)).toEqual(['unpin']);
  });

  it('a decided item says who decided and when, in Vietnam time', () => {
    const row = decidedRow({ ...base, state: 'hidden', setAt: '2026-11-02T01:00:00Z', setBy: 'Biên tập viên' }, 'en');
    expect(row.setBy).toBe(`Biên tập viên, ${formatDateTime('2026-11-02T01:00:00Z', 'en')}`);
    expect(row.setBy).toContain('08:00');
    expect(row.lang).toBe('vi');
    expect(row.actions.map((a) => a.action)).toEqual(['show']);
    expect(decidedRow({ ...base, state: null, setAt: null, setBy: null }, 'vi').setBy).toBe('');
  });
});

describe('ingest results', () => {
  it('adds up the feeds and counts the failing ones', () => {
    expect(
      ingestSummary([
        feed({ added: 3, skipped: 1 }),
        feed({ updated: 2, unchanged: 5 }),
        feed({ ok: false, error: 'HTTP 500' }),
      ]),
    ).toEqual({ feeds: 3, added: 3, updated: 2, unchanged: 5, skipped: 1, errors: 1 });
    expect(ingestSummary([])).toEqual({ feeds: 0, added: 0, updated: 0, unchanged: 0, skipped: 0, errors: 0 });
  });

  it('describes one feed: counts, not modified, or its error', () => {
    expect(feedResultLine(feed({ added: 1, skipped: 2 }))).toEqual({
      key: 'newsWs.feeds.resultOk',
      params: { added: 1, updated: 0, unchanged: 0, skipped: 2 },
    });
    expect(feedResultLine(feed({ notModified: true })).key).toBe('newsWs.feeds.resultNotModified');
    expect(feedResultLine(feed({ ok: false, error: 'timeout' }))).toEqual({ key: 'newsWs.feeds.resultError', params: { error: 'timeout' } });
  });
});

describe('errorDetail', () => {
  it('gives the API message, else the status, else "network"', () => {
    const body = { statusCode: 404, error: 'Not Found', message: 'No such news item', requestId: 'r1' };
    expect(errorDetail(new HttpErrorResponse({ status: 404, error: body }))).toBe('No such news item');
    expect(errorDetail(new HttpErrorResponse({ status: 502, error: 'Bad gateway' }))).toBe('HTTP 502');
    expect(errorDetail(new HttpErrorResponse({ status: 0 }))).toBe('network');
    expect(errorDetail(new Error('x'))).toBe('network');
  });
});
