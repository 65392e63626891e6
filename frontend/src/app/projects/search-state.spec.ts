import {
  EMPTY_STATE,
  parseBbox,
  parseSearchState,
  plainText,
  splitHighlight,
  toApiQuery,
  toggleFilter,
  toMapQuery,
  toQueryParams,
} from './search-state';

const parse = (query: string) => parseSearchState(new URLSearchParams(query));

describe('search state in the URL', () => {
  it('round-trips every parameter through the URL', () => {
    const query =
      'q=khu+cong+nghiep&sector=wind-power,tourism&unit=xa-tran-de&department=SCT&form=ppp' +
      '&land=cleared&capital=500b-2000b&area=10-50&status=published&sort=capital_desc&page=3' +
      '&bbox=105.9,9.4,106.2,9.7';
    const state = parse(query);
    expect(state.q).toBe('khu cong nghiep');
    expect(state.filters.sector).toEqual(['wind-power', 'tourism']);
    expect(state.filters.capital).toEqual(['500b-2000b']);
    expect(state.sort).toBe('capital_desc');
    expect(state.page).toBe(3);
    expect(state.bbox).toEqual([105.9, 9.4, 106.2, 9.7]);

    const params = toQueryParams(state);
    expect(params).toEqual({
      q: 'khu cong nghiep',
      sector: 'wind-power,tourism',
      unit: 'xa-tran-de',
      department: 'SCT',
      form: 'ppp',
      land: 'cleared',
      capital: '500b-2000b',
      area: '10-50',
      status: 'published',
      sort: 'capital_desc',
      page: '3',
      bbox: '105.9,9.4,106.2,9.7',
    });
    expect(parse(new URLSearchParams(params).toString())).toEqual(state);
  });

  it('leaves defaults out, so the plain page has no query', () => {
    expect(toQueryParams(parse(''))).toEqual({});
    expect(toQueryParams(parse('sort=relevance&page=1&q=%20%20'))).toEqual({});
  });

  it('drops invalid values instead of sending them', () => {
    const state = parse('sector=ok,<script>,ok,&sort=drop_table&page=-2&bbox=106,9,105,10');
    expect(state.filters.sector).toEqual(['ok']);
    expect(state.sort).toBe('relevance');
    expect(state.page).toBe(1);
    expect(state.bbox).toBeNull();
    expect(parseBbox('1,2,3')).toBeNull();
    expect(parseBbox('105,95,106,96')).toBeNull();
    expect(parseBbox('105.123456789,9,106,10')).toEqual([105.12346, 9, 106, 10]);
  });

  it('toggling a facet value resets the page and keeps the others', () => {
    const start = parse('sector=tourism&page=4');
    const on = toggleFilter(start, 'sector', 'wind-power', true);
    expect(on.filters.sector).toEqual(['tourism', 'wind-power']);
    expect(on.page).toBe(1);
    const off = toggleFilter(on, 'sector', 'tourism', false);
    expect(off.filters.sector).toEqual(['wind-power']);
    expect(start.filters.sector).toEqual(['tourism']);
  });

  it('builds the API queries: paged search, and map points without paging or order', () => {
    const state = parse('q=dien+gio&sector=wind-power&sort=newest&page=2&bbox=105.9,9.4,106.2,9.7');
    expect(toApiQuery(state)).toEqual({
      q: 'dien gio',
      sector: 'wind-power',
      sort: 'newest',
      page: 2,
      pageSize: 20,
      bbox: '105.9,9.4,106.2,9.7',
    });
    expect(toMapQuery(state)).toEqual({ q: 'dien gio', sector: 'wind-power', bbox: '105.9,9.4,106.2,9.7' });
    expect(toApiQuery(EMPTY_STATE)).toEqual({ page: 1, pageSize: 20 });
  });
});

describe('highlight splitting', () => {
  it('splits raw markers into marked and plain parts', () => {
    expect(splitHighlight('Khu \u0001công nghiệp\u0002 Trần Đề')).toEqual([
      { text: 'Khu ', mark: false },
      { text: 'công nghiệp', mark: true },
      { text: ' Trần Đề', mark: false },
    ]);
  });

  it('splits the escaped-HTML form and decodes its entities as text, never as markup', () => {
    const parts = splitHighlight('An <mark>Nghiep</mark> &lt;b&gt;Park&lt;/b&gt; &amp; port&#39;s');
    expect(parts).toEqual([
      { text: 'An ', mark: false },
      { text: 'Nghiep', mark: true },
      { text: " <b>Park</b> & port's", mark: false },
    ]);
    expect(plainText('An <mark>Nghiep</mark> Park')).toBe('An Nghiep Park');
  });

  it('handles empty, unbalanced and plain input', () => {
    expect(splitHighlight('')).toEqual([]);
    expect(splitHighlight(null)).toEqual([]);
    expect(splitHighlight('plain')).toEqual([{ text: 'plain', mark: false }]);
    expect(splitHighlight('\u0001open')).toEqual([{ text: 'open', mark: true }]);
  });
});
