import { BadRequestException } from '@nestjs/common';
import { cleanText, MAX_INPUT_DEPTH, normaliseInput } from './validation.js';

describe('normaliseInput', () => {
  const nfc = 'Khu công nghiệp Sông Hậu';
  const nfd = nfc.normalize('NFD');

  it('turns every string of the input into NFC, however deep', () => {
    const input = { title: { vi: nfd }, tags: [nfd, { deeper: [nfd] }], n: 3, ok: true, none: null };
    expect(normaliseInput(input)).toEqual({ title: { vi: nfc }, tags: [nfc, { deeper: [nfc] }], n: 3, ok: true, none: null });
    expect(normaliseInput(nfd)).toBe(nfc);
  });

  it('replaces lone surrogates (which jsonb refuses) and keeps paired ones', () => {
    expect(normaliseInput({ a: 'x\uD83D y', b: 'x\uDE00', c: '😀' })).toEqual({ a: 'x\uFFFD y', b: 'x\uFFFD', c: '😀' });
  });

  it('drops NUL, which PostgreSQL cannot store in text or jsonb', () => {
    expect(cleanText('a\u0000b\u0000')).toBe('ab');
  });

  it('leaves non-plain objects alone (files, dates)', () => {
    const file = Buffer.from(nfd);
    const date = new Date(0);
    expect(normaliseInput({ file, date })).toEqual({ file, date });
  });

  it('refuses input nested deeper than the limit with a 400, without recursing', () => {
    let deep: unknown = 'x';
    for (let i = 0; i < 200_000; i++) deep = [deep];
    expect(() => normaliseInput(deep)).toThrow(BadRequestException);
    let fine: unknown = nfd;
    for (let i = 0; i < MAX_INPUT_DEPTH; i++) fine = [fine];
    expect(() => normaliseInput(fine)).not.toThrow();
  });
});
