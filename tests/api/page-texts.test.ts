import { PAGE_TEXTS } from '@invest-portal/backend/web/page-texts.js';
import { vi } from '../../frontend/src/app/core/i18n/vi.js';
import { en } from '../../frontend/src/app/core/i18n/en.js';

// The server writes page titles before the app runs (docs/adr/009); the app must not change them.
it.each([
  ['projects', 'nav.projects'],
  ['policies', 'nav.policies'],
  ['contact', 'nav.contact'],
  ['search', 'siteSearch.title'],
  ['track', 'inquiries.track.title'],
] as const)('the server title of %s is the app title %s in both languages', (page, key) => {
  expect(PAGE_TEXTS[page].vi.title).toBe(vi[key]);
  expect(PAGE_TEXTS[page].en.title).toBe(en[key]);
});

it('the home description is the app default description', () => {
  expect(PAGE_TEXTS.home.vi.description).toBe(vi['site.description']);
  expect(PAGE_TEXTS.home.en.description).toBe(en['site.description']);
});
