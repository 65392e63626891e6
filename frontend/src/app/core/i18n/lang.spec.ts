import { fallbackLangPath, isLang, langFromUrl, switchLangUrl } from './lang';

describe('switchLangUrl', () => {
  it('keeps path, query and fragment when switching vi → en', () => {
    expect(switchLangUrl('/vi/anything?q=1#x', 'en')).toBe('/en/anything?q=1#x');
  });

  it('keeps path, query and fragment when switching en → vi', () => {
    expect(switchLangUrl('/en/du-an/abc/tai-lieu?page=2&sort=new#files', 'vi')).toBe(
      '/vi/du-an/abc/tai-lieu?page=2&sort=new#files',
    );
  });

  it('handles the language root with and without a trailing slash', () => {
    expect(switchLangUrl('/vi', 'en')).toBe('/en');
    expect(switchLangUrl('/vi/', 'en')).toBe('/en');
    expect(switchLangUrl('/en?q=1', 'vi')).toBe('/vi?q=1');
    expect(switchLangUrl('/en#top', 'vi')).toBe('/vi#top');
  });

  it('is a no-op when the target is the current language', () => {
    expect(switchLangUrl('/vi/a?b=c', 'vi')).toBe('/vi/a?b=c');
  });

  it('prefixes URLs that carry no language', () => {
    expect(switchLangUrl('/', 'en')).toBe('/en');
    expect(switchLangUrl('', 'en')).toBe('/en');
    expect(switchLangUrl('/projects?x=1', 'en')).toBe('/en/projects?x=1');
  });

  it('only looks at the path: language-like text in query or fragment is untouched', () => {
    expect(switchLangUrl('/vi/a?lang=vi#vi', 'en')).toBe('/en/a?lang=vi#vi');
    expect(switchLangUrl('/vi/a#/vi/b', 'en')).toBe('/en/a#/vi/b');
  });

  it('keeps percent-encoded Vietnamese segments as they are', () => {
    expect(switchLangUrl('/vi/t%C3%ACm-ki%E1%BA%BFm?q=%C4%91%E1%BA%A5t', 'en')).toBe(
      '/en/t%C3%ACm-ki%E1%BA%BFm?q=%C4%91%E1%BA%A5t',
    );
  });

  it('does not mistake a segment that merely starts with a language code', () => {
    expect(switchLangUrl('/video/x', 'en')).toBe('/en/video/x');
    expect(switchLangUrl('/english', 'vi')).toBe('/vi/english');
  });
});

describe('langFromUrl', () => {
  it('reads the first path segment', () => {
    expect(langFromUrl('/en/projects?q=1')).toBe('en');
    expect(langFromUrl('/vi')).toBe('vi');
    expect(langFromUrl('/en#x')).toBe('en');
  });

  it('falls back to Vietnamese', () => {
    expect(langFromUrl('/')).toBe('vi');
    expect(langFromUrl('/fr/x')).toBe('vi');
    expect(langFromUrl('/EN/x')).toBe('vi');
    expect(langFromUrl('/?lang=en')).toBe('vi');
  });
});

describe('isLang', () => {
  it('accepts exactly vi and en', () => {
    expect(isLang('vi')).toBe(true);
    expect(isLang('en')).toBe(true);
    expect(isLang('EN')).toBe(false);
    expect(isLang('fr')).toBe(false);
    expect(isLang('')).toBe(false);
    expect(isLang(undefined)).toBe(false);
  });
});

describe('fallbackLangPath', () => {
  it('keeps an unsupported language segment, so the Vietnamese not-found page shows', () => {
    expect(fallbackLangPath(['fr', 'x'])).toEqual(['vi', 'fr', 'x']);
    expect(fallbackLangPath(['zh-CN'])).toEqual(['vi', 'zh-CN']);
  });

  it('maps variants of a supported language to it', () => {
    expect(fallbackLangPath(['en-US', 'a', 'b'])).toEqual(['en', 'a', 'b']);
    expect(fallbackLangPath(['EN'])).toEqual(['en']);
    expect(fallbackLangPath(['vi_VN', 'x'])).toEqual(['vi', 'x']);
  });

  it('prefixes paths that have no language segment', () => {
    expect(fallbackLangPath(['du-an', 'abc'])).toEqual(['vi', 'du-an', 'abc']);
    expect(fallbackLangPath(['tin-tuc'])).toEqual(['vi', 'tin-tuc']);
    expect(fallbackLangPath(['english'])).toEqual(['vi', 'english']);
    expect(fallbackLangPath([])).toEqual(['vi']);
  });
});
