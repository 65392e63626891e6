import { completeness, englishParity, type CompletenessInput } from './completeness.js';

const full: CompletenessInput = {
  lat: 9.6,
  lng: 105.97,
  areaHa: '12.50',
  capitalVnd: '1250000000000',
  landStatus: { vi: 'Đã giải phóng mặt bằng', en: 'Cleared' },
  landStatusKind: 'cleared',
  infrastructure: { vi: 'Điện, nước', en: 'Power, water' },
  policyCount: 1,
  documentCount: 2,
  contact: { name: 'Nguyễn Văn A', phone: '0299 3822 111', email: null },
  texts: [
    { vi: 'Tiêu đề', en: 'Title' },
    { vi: 'Tóm tắt', en: 'Summary' },
    null,
  ],
};

describe('completeness', () => {
  it('everything present: 100', () => {
    expect(completeness(full)).toEqual({ score: 100, present: expect.any(Array), missing: [] });
  });

  it('names what is missing; 9 fields count the same (6 of 9 → 67)', () => {
    const r = completeness({ ...full, areaHa: null, capitalVnd: '0', documentCount: 0 });
    expect(r.missing).toEqual(['area', 'capital', 'documents']);
    expect(r.score).toBe(67);
  });

  it('land status counts from the category or the text; contact needs a name and a way to reach', () => {
    expect(completeness({ ...full, landStatusKind: null, landStatus: { vi: ' ', en: null } }).missing).toEqual(['landStatus']);
    expect(completeness({ ...full, landStatusKind: null }).missing).toEqual([]);
    expect(completeness({ ...full, contact: { name: 'A', phone: '', email: null } }).missing).toEqual(['contact']);
    expect(completeness({ ...full, contact: null }).missing).toEqual(['contact']);
  });

  it('English is missing while a Vietnamese text has no English', () => {
    const r = completeness({ ...full, texts: [{ vi: 'Tiêu đề', en: 'Title' }, { vi: 'Mô tả', en: '' }] });
    expect(r.missing).toEqual(['english']);
    expect(r.score).toBe(89);
  });

  it('nothing but the required location: 11', () => {
    const r = completeness({ ...full, areaHa: null, capitalVnd: null, landStatus: null, landStatusKind: null, infrastructure: null, policyCount: 0, documentCount: 0, contact: null, texts: [{ vi: 'x', en: null }] });
    expect(r).toEqual({ score: 11, present: ['location'], missing: ['area', 'capital', 'landStatus', 'infrastructure', 'incentives', 'documents', 'contact', 'english'] });
  });
});

describe('englishParity', () => {
  it('missing / present / reviewed at this version only', () => {
    expect(englishParity([{ vi: 'a', en: null }], 3, 3)).toBe('missing');
    expect(englishParity([{ vi: 'a', en: 'a' }, null, { vi: '', en: null }], null, 3)).toBe('present');
    expect(englishParity([{ vi: 'a', en: 'a' }], 3, 3)).toBe('reviewed');
    expect(englishParity([{ vi: 'a', en: 'a' }], 2, 3)).toBe('present');
  });
});
