import { renderShell, shorten, withoutInlineHandlers, type PageMeta } from './page-meta.js';

const SHELL = `<!doctype html>
<html lang="vi">
<head>
  <title>Cổng</title>
  <meta name="description" content="Mặc định">
</head>
<body><app-root></app-root></body>
</html>`;

const meta: PageMeta = {
  lang: 'en',
  title: 'Wind <farm> "A" & co | Portal',
  description: 'A 100 MW wind farm.',
  canonical: 'https://invest.example/en/projects/a',
  alternates: { vi: 'https://invest.example/vi/projects/a', en: 'https://invest.example/en/projects/a' },
  siteName: 'Portal',
  type: 'article',
};

describe('renderShell', () => {
  it('sets lang, title and description once, escaped, and adds Open Graph, canonical and alternates', () => {
    const html = renderShell(SHELL, meta);
    expect(html).toContain('<html lang="en">');
    expect(html).toContain('<title>Wind &lt;farm&gt; &quot;A&quot; &amp; co | Portal</title>');
    expect(html.match(/<meta name="description"/g)).toHaveLength(1);
    expect(html).toContain('<meta name="description" content="A 100 MW wind farm.">');
    expect(html).toContain('<meta property="og:type" content="article">');
    expect(html).toContain('<meta property="og:locale" content="en_US">');
    expect(html).toContain('<link rel="canonical" href="https://invest.example/en/projects/a">');
    expect(html).toContain('<link rel="alternate" hreflang="vi" href="https://invest.example/vi/projects/a">');
    expect(html).toContain('<link rel="alternate" hreflang="x-default" href="https://invest.example/vi/projects/a">');
    expect(html).not.toContain('noindex');
  });

  it('a "$&" or "$1" in a title is text, not a replacement pattern', () => {
    const html = renderShell(SHELL, { ...meta, title: 'Cost $& more $1' });
    expect(html).toContain('<title>Cost $&amp; more $1</title>');
  });

  it('without English (switched off) there is no English alternate', () => {
    const html = renderShell(SHELL, { ...meta, lang: 'vi', alternates: { vi: meta.alternates.vi } });
    expect(html).not.toContain('hreflang="en"');
    expect(html).not.toContain('og:locale:alternate');
    expect(html).toContain('hreflang="x-default"');
  });

  it('private pages are marked noindex and no-referrer', () => {
    const html = renderShell(SHELL, { ...meta, noindex: true });
    expect(html).toContain('<meta name="robots" content="noindex">');
    expect(html).toContain('<meta name="referrer" content="no-referrer">');
  });
});

describe('shorten', () => {
  it('keeps short text and cuts long text on a word boundary with an ellipsis', () => {
    expect(shorten('  a   b ')).toBe('a b');
    const long = 'word '.repeat(60);
    const cut = shorten(long);
    expect(cut.length).toBeLessThanOrEqual(160);
    expect(cut.endsWith('word…')).toBe(true);
  });
});

describe('withoutInlineHandlers', () => {
  it('links the stylesheet plainly instead of through an onload handler the CSP would block', () => {
    const built =
      `<style>body{margin:0}</style><link rel="stylesheet" href="styles-VRWUWQVT.css" media="print" onload="this.media='all'">` +
      `<noscript><link rel="stylesheet" href="styles-VRWUWQVT.css"></noscript></head>`;
    expect(withoutInlineHandlers(built)).toBe('<style>body{margin:0}</style><link rel="stylesheet" href="styles-VRWUWQVT.css"></head>');
  });

  it('leaves a shell without the pattern as it is', () => {
    const plain = '<link rel="stylesheet" href="styles.css"></head>';
    expect(withoutInlineHandlers(plain)).toBe(plain);
  });
});
