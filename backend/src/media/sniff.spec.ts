import { safeFileName, sniff } from './sniff.js';

const zip = (...names: string[]) => Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.from(names.join('\0'), 'latin1')]);

describe('sniff', () => {
  it.each([
    [Buffer.from('%PDF-1.7\n...'), 'application/pdf'],
    [Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0]), 'image/png'],
    [Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0]), 'image/jpeg'],
    [Buffer.concat([Buffer.from('RIFF'), Buffer.from([1, 2, 3, 4]), Buffer.from('WEBPVP8 ')]), 'image/webp'],
    [zip('[Content_Types].xml', 'word/document.xml'), 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
    [zip('[Content_Types].xml', 'xl/workbook.xml'), 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
  ])('recognises %#', (buf, mime) => {
    const result = sniff(buf);
    expect(result.ok && result.type.mime).toBe(mime);
  });

  it.each([
    [Buffer.from('MZ\x90\x00 this program cannot be run in DOS mode'), /Windows executable/],
    [Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1]), /Linux executable/],
    [Buffer.from('<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'), /SVG/],
    [Buffer.from('<html><script>alert(1)</script></html>'), /markup/],
    [zip('evil.exe'), /ZIP archive/],
    [Buffer.from('plain text'), /unknown/],
  ])('refuses %#', (buf, why) => {
    const result = sniff(buf);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.looksLike).toMatch(why);
  });
});

describe('safeFileName', () => {
  it('drops paths and control characters and uses the real extension', () => {
    const pdf = { mime: 'application/pdf', ext: 'pdf', kind: 'document' } as const;
    expect(safeFileName('../../etc/Quy hoạch.exe', pdf)).toBe('Quy hoạch.pdf');
    expect(safeFileName('C:\\x\\a"b<c>.pdf', pdf)).toBe('abc.pdf');
    expect(safeFileName('', pdf)).toBe('file.pdf');
  });
});
