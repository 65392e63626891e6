import { toAttributionHtml, toPlainText, toSafeHtml } from './text.js';

describe('toPlainText', () => {
  it.each([
    ['<script>alert(1)</script>Khu công nghiệp', 'Khu công nghiệp'],
    ['<img src=x onerror=alert(1)>Cảng', 'Cảng'],
    ['"><svg onload=alert(1)>', '">'],
    ['&lt;script&gt;alert(1)&lt;/script&gt;', ''],
    ['Diện tích < 5 ha & > 2 ha', 'Diện tích < 5 ha & > 2 ha'],
    ['  Điện gió\u0000 ', 'Điện gió'],
  ])('%j → %j', (input, expected) => {
    expect(toPlainText(input)).toBe(expected);
  });

  it('no depth of entity encoding brings a live tag back', () => {
    const payload = '<script>alert(1)</script><img src=x onerror=alert(1)>';
    for (let depth = 1; depth <= 15; depth++) {
      let encoded = payload;
      for (let i = 0; i < depth; i++) encoded = encoded.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
      const out = toPlainText(`Cảng ${encoded} Trần Đề`);
      expect(out).not.toMatch(/<[a-z]/i);
      expect(out).toMatch(/^Cảng .*Trần Đề$/);
    }
  });

  it('composes decomposed Vietnamese (NFD) into NFC', () => {
    expect(toPlainText('đầu tư'.normalize('NFD'))).toBe('đầu tư');
  });
});

describe('toSafeHtml', () => {
  it('keeps the allowed structure', () => {
    expect(toSafeHtml('<p>Miễn <strong>4 năm</strong></p><ul><li>a</li></ul>')).toBe('<p>Miễn <strong>4 năm</strong></p><ul><li>a</li></ul>');
  });

  it.each([
    ['<p onclick="x()">a</p>', '<p>a</p>'],
    ['<script>alert(1)</script><p>b</p>', '<p>b</p>'],
    ['<a href="javascript:alert(1)">c</a>', '<a rel="noopener noreferrer">c</a>'],
    ['<img src=x onerror=alert(1)>', ''],
    ['<iframe src="https://evil"></iframe>', ''],
    ['<p style="background:url(x)">d</p>', '<p>d</p>'],
  ])('%j → %j', (input, expected) => {
    expect(toSafeHtml(input)).toBe(expected);
  });

  it('adds rel to links', () => {
    expect(toSafeHtml('<a href="https://luatvietnam.vn">x</a>')).toBe('<a href="https://luatvietnam.vn" rel="noopener noreferrer">x</a>');
  });
});

describe('toAttributionHtml', () => {
  it('keeps links to the tile provider and removes everything that runs', () => {
    expect(toAttributionHtml('© <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a> contributors')).toBe(
      '© <a href="https://www.openstreetmap.org/copyright" rel="noopener noreferrer">OpenStreetMap</a> contributors',
    );
    expect(toAttributionHtml('<img src=x onerror=alert(1)>Tiles')).toBe('Tiles');
    expect(toAttributionHtml('<a href="javascript:alert(1)" onclick="x()">x</a>')).toBe('<a rel="noopener noreferrer">x</a>');
    expect(toAttributionHtml('<script>alert(1)</script>© Esri')).toBe('© Esri');
  });
});
