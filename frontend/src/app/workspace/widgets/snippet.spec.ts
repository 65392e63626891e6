import {
  autoHeightScript,
  componentSnippet,
  DEFAULT_OPTIONS,
  embedUrl,
  escapeHtml,
  frameHeight,
  iframeSnippet,
  jsString,
  snippet,
  wholeNumberIn,
  widgetElement,
  widgetParams,
  type WidgetOptions,
} from './snippet';

const ORIGIN = 'https://dautu.soctrang.gov.vn';
const TEXTS = { title: 'Dự án kêu gọi đầu tư mới nhất – Cổng "Sóc Trăng"', autoHeightComment: 'Optional: fits the frame' };

function options(partial: Partial<WidgetOptions>): WidgetOptions {
  return { ...DEFAULT_OPTIONS, ...partial };
}

/** Runs the generated auto-height script against fake frames and returns what it did. */
function runAutoHeight(origin: string) {
  const script = autoHeightScript(origin, 'comment');
  const body = script.slice(script.indexOf('<script>') + '<script>'.length, script.indexOf('</script>'));
  const source = {};
  const other = {};
  const frames = [
    { contentWindow: other, style: { height: '' } },
    { contentWindow: source, style: { height: '' } },
  ];
  let listener: ((event: unknown) => void) | null = null;
  const selectors: string[] = [];
  const fakeWindow = {
    addEventListener: (type: string, fn: (event: unknown) => void) => {
      if (type === 'message') listener = fn;
    },
  };
  const fakeDocument = {
    querySelectorAll: (selector: string) => {
      selectors.push(selector);
      return frames;
    },
  };
  new Function('window', 'document', body)(fakeWindow, fakeDocument);
  return {
    frames,
    selectors,
    send: (event: { origin: string; data: unknown; source?: unknown }) => listener!({ source, ...event }),
    otherSource: other,
  };
}

describe('widget snippets', () => {
  describe('embed URLs', () => {
    it('lists the parameters of each type in the contract order, empty ones left out', () => {
      const all = { lang: 'en' as const, sector: 'wind-power', unit: 'xa-tran-de', department: 'STC', limit: 8, featured: true, height: 600 };
      expect(embedUrl(ORIGIN, options({ ...all, type: 'projects' }))).toBe(
        `${ORIGIN}/embed/projects?lang=en&limit=8&sector=wind-power&unit=xa-tran-de&department=STC&featured=1`,
      );
      expect(embedUrl(ORIGIN, options({ ...all, type: 'map' }))).toBe(
        `${ORIGIN}/embed/map?lang=en&sector=wind-power&unit=xa-tran-de&department=STC&height=600`,
      );
      expect(embedUrl(ORIGIN, options({ ...all, type: 'policies' }))).toBe(
        `${ORIGIN}/embed/policies?lang=en&limit=8&sector=wind-power&unit=xa-tran-de&department=STC`,
      );
      expect(embedUrl(ORIGIN, options({ ...all, type: 'search' }))).toBe(`${ORIGIN}/embed/search?lang=en`);
    });

    it('uses the defaults: Vietnamese, 5 items, no filters, not featured-only, 400 px map', () => {
      expect(embedUrl(ORIGIN, DEFAULT_OPTIONS)).toBe(`${ORIGIN}/embed/projects?lang=vi&limit=5`);
      expect(embedUrl(ORIGIN, options({ type: 'map' }))).toBe(`${ORIGIN}/embed/map?lang=vi&height=400`);
      expect(embedUrl(ORIGIN, options({ type: 'policies', sector: '  ' }))).toBe(`${ORIGIN}/embed/policies?lang=vi&limit=5`);
    });

    it('encodes values and keeps limit and height within their ranges', () => {
      expect(embedUrl(ORIGIN + '/', options({ sector: 'a&b=c', limit: 99 }))).toBe(`${ORIGIN}/embed/projects?lang=vi&limit=20&sector=a%26b%3Dc`);
      expect(embedUrl(ORIGIN, options({ limit: 0 }))).toContain('limit=1');
      expect(embedUrl(ORIGIN, options({ limit: Number.NaN }))).toContain('limit=5');
      expect(embedUrl(ORIGIN, options({ type: 'map', height: 50 }))).toContain('height=200');
      expect(embedUrl(ORIGIN, options({ type: 'map', height: 5000 }))).toContain('height=1200');
    });

    it('gives the map its own height and the other frames a default', () => {
      expect(frameHeight(options({ type: 'map', height: 650 }))).toBe(650);
      expect(frameHeight(options({ type: 'projects' }))).toBeGreaterThanOrEqual(300);
      expect(frameHeight(options({ type: 'search' }))).toBeLessThan(frameHeight(options({ type: 'policies' })));
    });

    it('names the parameters once with lang first', () => {
      expect(widgetParams(options({ type: 'projects', featured: true, department: 'STC' }))).toEqual([
        ['lang', 'vi'],
        ['limit', '5'],
        ['department', 'STC'],
        ['featured', true],
      ]);
    });
  });

  describe('iframe snippet', () => {
    it('is an iframe of the embed page with an escaped title, lazy, full width, marked, then the auto-height script', () => {
      const text = iframeSnippet(ORIGIN, options({ sector: 'tourism', unit: 'a"b' }), TEXTS);
      const [frame] = text.split('\n');
      expect(frame).toBe(
        `<iframe src="${ORIGIN}/embed/projects?lang=vi&amp;limit=5&amp;sector=tourism&amp;unit=a%22b" ` +
          'title="Dự án kêu gọi đầu tư mới nhất – Cổng &quot;Sóc Trăng&quot;" loading="lazy" style="width:100%;border:0" ' +
          'height="600" data-invest-frame></iframe>',
      );
      expect(text).toContain('<!-- Optional: fits the frame -->\n<script>');
      expect(text.trimEnd().endsWith('</script>')).toBe(true);
      expect(snippet(ORIGIN, 'iframe', DEFAULT_OPTIONS, TEXTS)).toBe(iframeSnippet(ORIGIN, DEFAULT_OPTIONS, TEXTS));
    });

    it('uses the map height as the frame height', () => {
      expect(iframeSnippet(ORIGIN, options({ type: 'map', height: 500 }), TEXTS)).toContain('height="500" data-invest-frame');
    });
  });

  describe('auto-height script', () => {
    it('checks the exact origin, the message type and a numeric height', () => {
      const script = autoHeightScript(ORIGIN, 'Optional');
      expect(script).toContain(`event.origin !== '${ORIGIN}'`);
      expect(script).toContain("event.data.type === 'invest-portal:resize'");
      expect(script).toContain("typeof event.data.height === 'number'");
      expect(script).toContain('iframe[data-invest-frame]');
      expect(script).toContain('contentWindow === event.source');
      expect(script).toContain('4000');
    });

    it('resizes only the frame that sent the message, clamped to 4000 px', () => {
      const run = runAutoHeight(ORIGIN);
      run.send({ origin: ORIGIN, data: { type: 'invest-portal:resize', height: 812.4 } });
      expect(run.frames.map((f) => f.style.height)).toEqual(['', '813px']);
      expect(run.selectors).toEqual(['iframe[data-invest-frame]']);
      run.send({ origin: ORIGIN, data: { type: 'invest-portal:resize', height: 99999 } });
      expect(run.frames[1].style.height).toBe('4000px');
      run.send({ origin: ORIGIN, data: { type: 'invest-portal:resize', height: 300 }, source: run.otherSource });
      expect(run.frames.map((f) => f.style.height)).toEqual(['300px', '4000px']);
    });

    it('ignores other origins, other messages and heights that are not numbers', () => {
      const run = runAutoHeight(ORIGIN);
      run.send({ origin: 'https://evil.example', data: { type: 'invest-portal:resize', height: 100 } });
      run.send({ origin: ORIGIN + '.evil.example', data: { type: 'invest-portal:resize', height: 100 } });
      run.send({ origin: ORIGIN, data: { type: 'other', height: 100 } });
      run.send({ origin: ORIGIN, data: { type: 'invest-portal:resize', height: '100' } });
      run.send({ origin: ORIGIN, data: { type: 'invest-portal:resize', height: Number.NaN } });
      run.send({ origin: ORIGIN, data: null });
      run.send({ origin: ORIGIN, data: 'invest-portal:resize' });
      expect(run.frames.map((f) => f.style.height)).toEqual(['', '']);
      expect(run.selectors).toEqual([]);
    });

    it('cannot be broken out of by the origin or the comment', () => {
      const script = autoHeightScript("https://a.vn'</script><script>alert(1)//", 'x --> <b>y</b>');
      expect(script.match(/<\/script>/g)).toHaveLength(1);
      expect(script.match(/-->/g)).toHaveLength(1);
      expect(script).not.toContain('<b>');
      expect(jsString("it's \\ <x>\n")).toBe("'it\\'s \\\\ \\x3cx>\\n'");
    });
  });

  describe('web component snippet', () => {
    it('loads widgets.js once, deferred, then the element with the choices as attributes', () => {
      expect(componentSnippet(ORIGIN, options({ limit: 3, sector: 'tourism', unit: 'xa-tran-de', department: 'STC', featured: true }))).toBe(
        `<script src="${ORIGIN}/widgets.js" defer></script>\n` +
          '<invest-projects lang="vi" limit="3" sector="tourism" unit="xa-tran-de" department="STC" featured></invest-projects>',
      );
      expect(snippet(ORIGIN, 'component', DEFAULT_OPTIONS, TEXTS)).toBe(componentSnippet(ORIGIN, DEFAULT_OPTIONS));
    });

    it('writes the elements of each type', () => {
      expect(widgetElement(options({ type: 'map', lang: 'en', height: 450, featured: true, limit: 9 }))).toBe(
        '<invest-map lang="en" height="450"></invest-map>',
      );
      expect(widgetElement(options({ type: 'policies', department: 'SCT' }))).toBe(
        '<invest-policies lang="vi" limit="5" department="SCT"></invest-policies>',
      );
      expect(widgetElement(options({ type: 'search', sector: 'tourism' }))).toBe('<invest-search lang="vi"></invest-search>');
    });

    it('escapes attribute values', () => {
      expect(widgetElement(options({ sector: `"><script>alert('x')</script>&` }))).toBe(
        '<invest-projects lang="vi" limit="5" sector="&quot;&gt;&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;&amp;"></invest-projects>',
      );
      expect(escapeHtml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
    });
  });

  it('reads whole numbers within a range only', () => {
    expect(wholeNumberIn('400', 200, 1200)).toBe(400);
    expect(wholeNumberIn(' 1200 ', 200, 1200)).toBe(1200);
    expect(wholeNumberIn('199', 200, 1200)).toBeNull();
    expect(wholeNumberIn('400.5', 200, 1200)).toBeNull();
    expect(wholeNumberIn('4e2', 200, 1200)).toBeNull();
    expect(wholeNumberIn('', 200, 1200)).toBeNull();
    expect(wholeNumberIn(5, 1, 20)).toBe(5);
  });
});
