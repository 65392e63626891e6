import { stripTrailingSlash, TrailingSlashUrlSerializer } from './url-serializer';

describe('stripTrailingSlash', () => {
  it.each([
    ['/vi/', '/vi'],
    ['/vi//', '/vi'],
    ['/vi/du-an/?q=1#x', '/vi/du-an?q=1#x'],
    ['/en/x/#a/', '/en/x#a/'],
    ['/vi/a?next=/b/', '/vi/a?next=/b/'],
    ['/', '/'],
    ['', ''],
    ['/vi', '/vi'],
  ])('%s → %s', (from, to) => {
    expect(stripTrailingSlash(from)).toBe(to);
  });

  it('is what the router parses', () => {
    const serializer = new TrailingSlashUrlSerializer();
    expect(serializer.serialize(serializer.parse('/vi/?q=1'))).toBe('/vi?q=1');
  });
});
