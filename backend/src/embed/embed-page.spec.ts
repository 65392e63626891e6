import { renderEmbedPage } from './embed-page.js';

describe('renderEmbedPage', () => {
  const base = { lang: 'en' as const, portalName: 'Soc Trang Investment Promotion Portal', allowedOrigins: ['https://soctrang.gov.vn'] };

  it('renders one widget element with its attributes, the embed flag and the widget script', () => {
    const html = renderEmbedPage({ ...base, kind: 'projects', attributes: { limit: 5, sector: 'AGRI', featured: true, unit: undefined } });
    expect(html).toContain('<html lang="en" data-invest-embed>');
    expect(html).toContain('<invest-projects lang="en" limit="5" sector="AGRI" featured></invest-projects>');
    expect(html).toContain('<script src="/widgets.js" defer></script>');
    expect(html).toContain('<title>Calls for investment – Soc Trang Investment Promotion Portal</title>');
    expect(html).toContain('{"allowedOrigins":["https://soctrang.gov.vn"]}');
  });

  it('escapes attribute values and cannot be broken out of by the config JSON', () => {
    const html = renderEmbedPage({
      ...base,
      kind: 'map',
      attributes: { sector: '"><script>alert(1)</script>' },
      allowedOrigins: ['https://a.example</script><script>alert(1)</script>'],
    });
    expect(html).not.toContain('<script>alert(1)</script>');
    expect(html).toContain('&quot;&gt;&lt;script&gt;');
    expect(html).toContain('\\u003c/script>');
  });

  it('Vietnamese titles for Vietnamese pages', () => {
    const html = renderEmbedPage({ ...base, lang: 'vi', portalName: 'Cổng', kind: 'search', attributes: {} });
    expect(html).toContain('<title>Tìm dự án kêu gọi đầu tư – Cổng</title>');
    expect(html).toContain('<invest-search lang="vi"></invest-search>');
  });
});
