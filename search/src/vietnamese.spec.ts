import { fold, hasDiacritics, toneSpelling } from './vietnamese.js';

describe('fold', () => {
  it('removes tones and marks, đ → d', () => {
    expect(fold('Đầu tư điện gió Sóc Trăng')).toBe('Dau tu dien gio Soc Trang');
  });

  it('treats decomposed input like composed', () => {
    expect(fold('đầu tư'.normalize('NFD'))).toBe('dau tu');
  });
});

describe('toneSpelling', () => {
  it('keeps land and to-place apart', () => {
    expect(toneSpelling('đất')).toBe('ddaats');
    expect(toneSpelling('đặt')).toBe('ddawtj');
    expect(toneSpelling('đất')).not.toBe(toneSpelling('đặt'));
  });

  it('spells marks and tones the Telex way and skips unaccented words', () => {
    expect(toneSpelling('Đất nông nghiệp ở Sóc Trăng, gần cảng')).toBe('ddaats noong nghieepj owr socs trawng gaanf cangr');
    expect(toneSpelling('ướt')).toBe('uwowts');
    expect(toneSpelling('wind power dat')).toBe('');
  });

  it('is the same for NFD and NFC input', () => {
    expect(toneSpelling('điện gió'.normalize('NFD'))).toBe(toneSpelling('điện gió'));
  });

  it('hasDiacritics tells folded queries from toned ones', () => {
    expect(hasDiacritics('dau tu')).toBe(false);
    expect(hasDiacritics('đầu tư')).toBe(true);
  });
});
