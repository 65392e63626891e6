import { completenessPercent, englishCompleteness } from './completeness';

describe('englishCompleteness', () => {
  it('counts required texts always and optional ones once they have Vietnamese', () => {
    const c = englishCompleteness(
      [
        { vi: 'Tên', en: 'Title' },
        { vi: '', en: '' },
      ],
      [
        { vi: 'Hạ tầng', en: '  ' },
        { vi: '', en: null },
        { vi: 'Tiến độ', en: 'Timeline' },
      ],
    );
    expect(c).toEqual({ total: 4, done: 2 });
    expect(completenessPercent(c)).toBe(50);
    expect(completenessPercent({ total: 0, done: 0 })).toBe(100);
  });
});
