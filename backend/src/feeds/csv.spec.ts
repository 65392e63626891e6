import { csvCell, toCsv } from './csv.js';

describe('csv', () => {
  it('quotes what needs quoting and neutralises formulas', () => {
    expect(csvCell('Điện gió, giai đoạn "3"')).toBe('"Điện gió, giai đoạn ""3"""');
    expect(csvCell('=HYPERLINK("http://x")')).toBe(`"'=HYPERLINK(""http://x"")"`);
    expect(csvCell('-5')).toBe("'-5");
    expect(csvCell(null)).toBe('');
    expect(csvCell(12.5)).toBe('12.5');
    expect(csvCell(-3.5)).toBe('-3.5');
  });

  it('starts with a BOM and ends lines with CRLF', () => {
    const out = toCsv(['a', 'b'], [[1, 'x\ny']]);
    expect(out.startsWith('\ufeffa,b\r\n')).toBe(true);
    expect(out).toBe('\ufeffa,b\r\n1,"x\ny"\r\n');
  });
});
