import { areaPhrases, explainMatch, matchTerms, placeName, sectorPhrases, titleKeywords } from './matching.js';
import { foldForMatch } from './text.js';

describe('sectorPhrases', () => {
  it('splits names at "và", "and" and commas, both languages', () => {
    expect(sectorPhrases(['Điện mặt trời và lưu trữ năng lượng', 'Solar power and energy storage'])).toEqual([
      'dien mat troi',
      'luu tru nang luong',
      'solar power',
      'energy storage',
    ]);
    expect(sectorPhrases(['Hạ tầng khu, cụm công nghiệp'])).toEqual(['ha tang khu', 'cum cong nghiep']);
  });

  it('drops generic and tiny parts', () => {
    expect(sectorPhrases(['Trade and services', null])).toEqual(['trade']);
  });
});

describe('placeName and areaPhrases', () => {
  it('strip the kind of unit in both languages and parentheses', () => {
    expect(placeName('xã Trần Đề')).toBe('tran de');
    expect(placeName('Tran De Commune')).toBe('tran de');
    expect(placeName('thị xã Vĩnh Châu')).toBe('vinh chau');
    expect(placeName('thành phố Sóc Trăng (phường 1–4)')).toBe('soc trang');
    expect(placeName('Soc Trang Province')).toBe('soc trang');
    expect(placeName('xã')).toBeNull();
  });

  it("leave out the province's own name (it is in every item of its portal)", () => {
    expect(areaPhrases(['phường Sóc Trăng', 'Soc Trang Ward', 'thành phố Sóc Trăng (phường 5–8)'], ['tỉnh Sóc Trăng'])).toEqual([]);
    expect(areaPhrases(['xã Trần Đề', 'Tran De Commune', 'huyện Trần Đề'], ['tỉnh Sóc Trăng'])).toEqual(['tran de']);
  });
});

describe('titleKeywords', () => {
  it('keeps Vietnamese syllable pairs and English words, without generic words and known phrases', () => {
    const keywords = titleKeywords('Trại sản xuất tôm giống sạch bệnh Trần Đề', 'Tran De Disease-free Shrimp Hatchery', ['tran de']);
    expect(keywords).toEqual(expect.arrayContaining(['tom giong', 'sach benh', 'shrimp', 'hatchery', 'disease']));
    expect(keywords).not.toContain('san xuat');
    expect(keywords).not.toContain('tran de');
    expect(keywords).not.toContain('free');
    expect(keywords.every((k) => !/\bde\b/.test(k))).toBe(true);
  });

  it('drops "dự án", "khu", "đầu tư", "project" and numbers, and keeps long loanwords', () => {
    expect(titleKeywords('Dự án đầu tư khu logistics 500 MW', 'Logistics project, phase 2', [])).toEqual(['logistics']);
    expect(titleKeywords('Dự án khu', 'Project', [])).toEqual([]);
  });
});

describe('explainMatch', () => {
  const terms = matchTerms({
    sectorNames: ['Nuôi trồng thủy sản', 'Aquaculture'],
    unitNames: ['xã Trần Đề', 'Tran De Commune', 'huyện Trần Đề'],
    provinceNames: ['tỉnh Sóc Trăng', 'Soc Trang Province'],
    titleVi: 'Trại sản xuất tôm giống sạch bệnh Trần Đề',
    titleEn: 'Tran De Disease-free Shrimp Hatchery',
  });

  it('says which kinds matched and scores them', () => {
    expect(explainMatch(foldForMatch('Sóc Trăng đẩy mạnh nuôi trồng thủy sản bền vững'), terms)).toEqual({ matchedBy: ['sector'], score: 2 });
    expect(explainMatch(foldForMatch('Xã Trần Đề khánh thành cầu mới'), terms)).toEqual({ matchedBy: ['area'], score: 2 });
    expect(explainMatch(foldForMatch('Giá tôm giống tăng mạnh đầu vụ'), terms)).toEqual({ matchedBy: ['keyword'], score: 1 });
    expect(explainMatch(foldForMatch('Shrimp hatchery output rises'), terms)).toEqual({ matchedBy: ['keyword'], score: 2 });
    expect(explainMatch(foldForMatch('Nuôi trồng thủy sản ở Trần Đề: tôm giống sạch bệnh'), terms)).toEqual({ matchedBy: ['sector', 'area', 'keyword'], score: 2 + 2 + 3 });
  });

  it('does not match the province name, parts of words or unrelated news', () => {
    expect(explainMatch(foldForMatch('Sóc Trăng họp bàn chuyển đổi số'), terms).score).toBe(0);
    expect(explainMatch(foldForMatch('Trấn Đệ Nhất'), terms).matchedBy).toEqual(['area']);
    expect(explainMatch(foldForMatch('tomgiong'), terms).score).toBe(0);
  });
});
