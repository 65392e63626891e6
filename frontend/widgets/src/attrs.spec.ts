import {
  DEFAULT_LIMIT,
  DEFAULT_MAP_HEIGHT,
  parseBool,
  parseCodes,
  parseFilters,
  parseHeight,
  parseLang,
  parseLimit,
  parseOrigin,
  parseSlug,
  parseTarget,
} from './attrs';

describe('widget attributes', () => {
  it('lang: en (any case, with a region) or vi by default', () => {
    expect(parseLang(null)).toBe('vi');
    expect(parseLang('en')).toBe('en');
    expect(parseLang(' EN-gb ')).toBe('en');
    expect(parseLang('vi')).toBe('vi');
    expect(parseLang('fr')).toBe('vi');
    expect(parseLang('english')).toBe('vi');
    expect(parseLang('')).toBe('vi');
  });

  it('limit: a whole number 1–20, else 5', () => {
    expect(parseLimit(null)).toBe(DEFAULT_LIMIT);
    expect(parseLimit('1')).toBe(1);
    expect(parseLimit(' 20 ')).toBe(20);
    for (const bad of ['0', '21', '-3', '2.5', '1e1', 'ten', '', '0x5', '999999']) expect(parseLimit(bad)).toBe(5);
  });

  it('codes: comma-separated valid codes, trimmed, once each, at most 50', () => {
    expect(parseCodes(null)).toEqual([]);
    expect(parseCodes('')).toEqual([]);
    expect(parseCodes('agriculture')).toEqual(['agriculture']);
    expect(parseCodes(' a , b,a,,bad code,c_1-2 ')).toEqual(['a', 'b', 'c_1-2']);
    expect(parseCodes('nông-nghiệp,<script>,x')).toEqual(['x']);
    expect(parseCodes('x'.repeat(65))).toEqual([]);
    expect(parseCodes(Array.from({ length: 60 }, (_, i) => `c${i}`).join(','))).toHaveLength(50);
  });

  it('filters: sector, unit and department from the element', () => {
    const attrs: Record<string, string> = { sector: 'energy,tourism', department: 'sokhdt' };
    expect(parseFilters((n) => attrs[n] ?? null)).toEqual({ sector: ['energy', 'tourism'], unit: [], department: ['sokhdt'] });
  });

  it('boolean attributes: present is true, except "false"', () => {
    expect(parseBool(null)).toBe(false);
    expect(parseBool('')).toBe(true);
    expect(parseBool('featured')).toBe(true);
    expect(parseBool('true')).toBe(true);
    expect(parseBool(' FALSE ')).toBe(false);
  });

  it('project slug: lower-case ASCII slugs only', () => {
    expect(parseSlug('cang-tran-de')).toBe('cang-tran-de');
    expect(parseSlug(' cang-tran-de ')).toBe('cang-tran-de');
    expect(parseSlug('Cang')).toBeNull();
    expect(parseSlug('../admin')).toBeNull();
    expect(parseSlug('a/b')).toBeNull();
    expect(parseSlug('')).toBeNull();
    expect(parseSlug(null)).toBeNull();
  });

  it('portal: the origin of an http(s) URL, else the default', () => {
    const fallback = 'https://dautu.soctrang.gov.vn';
    expect(parseOrigin(null, fallback)).toBe(fallback);
    expect(parseOrigin('https://Portal.Example:8443/some/path?x=1', fallback)).toBe('https://portal.example:8443');
    expect(parseOrigin('http://localhost:3000', fallback)).toBe('http://localhost:3000');
    expect(parseOrigin('javascript:alert(1)', fallback)).toBe(fallback);
    expect(parseOrigin('ftp://example.com', fallback)).toBe(fallback);
    expect(parseOrigin('/relative', fallback)).toBe(fallback);
    expect(parseOrigin('not a url', fallback)).toBe(fallback);
  });

  it('target: a browsing-context keyword, _blank by default', () => {
    expect(parseTarget(null)).toBe('_blank');
    expect(parseTarget('_self')).toBe('_self');
    expect(parseTarget('_TOP')).toBe('_top');
    expect(parseTarget('_parent')).toBe('_parent');
    expect(parseTarget('results')).toBe('_blank');
    expect(parseTarget('javascript:x')).toBe('_blank');
  });

  it('map height: 150–2000 pixels, else 400', () => {
    expect(parseHeight(null)).toBe(DEFAULT_MAP_HEIGHT);
    expect(parseHeight('300')).toBe(300);
    expect(parseHeight('480px')).toBe(480);
    for (const bad of ['100', '2001', '50%', '20em', '-300', 'tall', '']) expect(parseHeight(bad)).toBe(400);
  });
});
