import { usesOf } from './usage.js';

describe('usesOf', () => {
  it.each([
    ['/embed/projects', 200, undefined, [{ channel: 'embed', key: 'projects' }]],
    ['/embed/map/', 200, undefined, [{ channel: 'embed', key: 'map' }]],
    ['/embed/search', 304, undefined, [{ channel: 'embed', key: 'search' }]],
    ['/feeds/projects.rss', 200, undefined, [{ channel: 'feed', key: 'projects.rss' }]],
    ['/feeds/Policies.Atom', 200, undefined, [{ channel: 'feed', key: 'policies.atom' }]],
    ['/feeds/projects.rss', 304, undefined, [{ channel: 'feed-not-modified', key: 'projects.rss' }]],
    ['/api/v1/projects.csv', 200, undefined, [{ channel: 'export', key: 'projects.csv' }]],
    ['/api/v1/projects.geojson', 304, undefined, [{ channel: 'export-not-modified', key: 'projects.geojson' }]],
    ['/api/v1/oembed', 200, undefined, [{ channel: 'oembed', key: 'projects' }]],
    ['/api/v1/search/projects', 200, 'https://soctrang.gov.vn', [{ channel: 'widget-api', key: 'https://soctrang.gov.vn' }]],
    [
      '/api/v1/projects.geojson',
      200,
      'https://soctrang.gov.vn',
      [
        { channel: 'export', key: 'projects.geojson' },
        { channel: 'widget-api', key: 'https://soctrang.gov.vn' },
      ],
    ],
  ])('%s %s (origin %s)', (path, status, origin, uses) => {
    expect(usesOf(path, status, origin)).toEqual(uses);
  });

  it.each([
    ['/embed/projects', 400, undefined],
    ['/embed/widgets', 404, undefined],
    ['/feeds/projects.rss', 500, undefined],
    ['/feeds/projects.json', 200, undefined],
    ['/api/v1/oembed', 404, undefined],
    ['/api/v1/search/projects', 200, undefined],
    ['/api/v1/search/projects', 200, '*'],
    ['/api/v1/workspace/projects', 200, 'https://soctrang.gov.vn'],
    ['/api/v1/analytics/summary', 200, undefined],
    ['/vi/projects/abc', 200, undefined],
  ])('nothing for %s %s', (path, status, origin) => {
    expect(usesOf(path, status, origin)).toEqual([]);
  });
});
