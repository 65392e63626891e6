import { addEntry, isTileUrl, normalizeFeed, normalizeOrigin, portalField, waitMinutes } from './portal-lists';

describe('portal settings lists', () => {
  it('accepts origins the API accepts, normalised', () => {
    expect(normalizeOrigin(' HTTPS://SocTrang.gov.vn/ ')).toBe('https://soctrang.gov.vn');
    expect(normalizeOrigin('http://localhost:8080')).toBe('http://localhost:8080');
    expect(normalizeOrigin('https://soctrang.gov.vn/tin-tuc')).toBeNull();
    expect(normalizeOrigin('soctrang.gov.vn')).toBeNull();
    expect(normalizeOrigin('ftp://soctrang.gov.vn')).toBeNull();
    expect(normalizeOrigin('')).toBeNull();
  });

  it('accepts http(s) feed URLs only', () => {
    expect(normalizeFeed(' https://soctrang.gov.vn/rss/dau-tu.xml ')).toBe('https://soctrang.gov.vn/rss/dau-tu.xml');
    expect(normalizeFeed('javascript:alert(1)')).toBeNull();
    expect(normalizeFeed('https://')).toBeNull();
    expect(normalizeFeed('tin tức')).toBeNull();
  });

  it('adds entries without duplicates, keeping order', () => {
    expect(addEntry(['https://b.vn'], 'https://A.vn', normalizeOrigin)).toEqual({ ok: true, list: ['https://b.vn', 'https://a.vn'] });
    expect(addEntry(['https://a.vn'], 'https://a.vn/', normalizeOrigin)).toEqual({ ok: false, error: 'duplicate' });
    expect(addEntry([], 'not an origin', normalizeOrigin)).toEqual({ ok: false, error: 'invalid' });
  });

  it('checks tile URL templates', () => {
    expect(isTileUrl('https://tile.openstreetmap.org/{z}/{x}/{y}.png')).toBe(true);
    expect(isTileUrl('https://tile.openstreetmap.org/{z}/{x}.png')).toBe(false);
    expect(isTileUrl('tile.openstreetmap.org/{z}/{x}/{y}.png')).toBe(false);
  });

  it('maps API error fields to form fields', () => {
    expect(portalField('map.tileUrl')).toBe('tileUrl');
    expect(portalField('map.center.lat')).toBe('lat');
    expect(portalField('embedAllowList.3')).toBe('embedAllowList');
    expect(portalField('newsFeeds')).toBe('newsFeeds');
    expect(portalField('map')).toBeNull();
    expect(portalField('other')).toBeNull();
  });

  it('turns the oldest wait into minutes', () => {
    expect(waitMinutes(null)).toBeNull();
    expect(waitMinutes(89)).toBe(1);
    expect(waitMinutes(0)).toBe(0);
  });
});
