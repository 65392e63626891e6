import { isWidgetApi } from './widget-cors.interceptor.js';

describe('isWidgetApi', () => {
  it.each(['/api/v1/search/projects', '/api/v1/search/projects/map', '/api/v1/search/policies', '/api/v1/projects/abc', '/api/v1/projects.geojson', '/api/v1/policies', '/api/v1/settings/public', '/api/v1/taxonomies', '/api/v1/departments', '/api/v1/stats'])(
    'public data the widgets read: %s',
    (path) => expect(isWidgetApi(path)).toBe(true),
  );

  it.each(['/api/v1/workspace/projects', '/api/v1/auth/session', '/api/v1/inquiries/track/x', '/api/v1/settingsx', '/api/v1/projectsfoo', '/feeds/projects.rss', '/api/v1/workspace/settings/portal'])(
    'never cross-origin readable: %s',
    (path) => expect(isWidgetApi(path)).toBe(false),
  );
});
