import { ignoredBecause } from './view-rules.js';

const FIREFOX = 'Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0';
const CHROME_ANDROID = 'Mozilla/5.0 (Linux; Android 14; SM-A546E) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36';
const base = { purpose: undefined, signedIn: false };

describe('ignoredBecause', () => {
  it.each([FIREFOX, CHROME_ANDROID])('a browser counts: %s', (ua) => {
    expect(ignoredBecause({ ...base, userAgent: ua })).toBeNull();
  });

  it.each([
    'Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)',
    'Mozilla/5.0 (compatible; bingbot/2.0; +http://www.bing.com/bingbot.htm)',
    'Mozilla/5.0 (compatible; coccocbot-web/1.0; +http://help.coccoc.com/searchengine)',
    'curl/8.5.0',
    'python-requests/2.32.3',
    'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/131.0.0.0 Safari/537.36',
  ])('a bot does not: %s', (ua) => {
    expect(ignoredBecause({ ...base, userAgent: ua })).toBe('bot');
  });

  it('no User-Agent, or a blank one, does not count', () => {
    expect(ignoredBecause({ ...base, userAgent: undefined })).toBe('no-user-agent');
    expect(ignoredBecause({ ...base, userAgent: '   ' })).toBe('no-user-agent');
  });

  it.each(['prefetch', 'prefetch;prerender', 'Prefetch', 'preview'])('a speculative load does not count: %s', (purpose) => {
    expect(ignoredBecause({ ...base, userAgent: FIREFOX, purpose })).toBe('prefetch');
  });

  it('staff who are signed in do not count', () => {
    expect(ignoredBecause({ ...base, userAgent: FIREFOX, signedIn: true })).toBe('signed-in');
  });
});
