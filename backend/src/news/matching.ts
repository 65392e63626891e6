import { containsPhrase, foldForMatch } from './text.js';

/**
 * What makes a news item related to a project or policy, as whole-word phrases of folded text
 * (see foldForMatch). Built here from names and titles; matched in PostgreSQL (news.service.ts).
 *
 * score = 2 × [mentions a sector] + 2 × [mentions the area] + min(keywords mentioned, 3)
 */
export interface MatchTerms {
  /** Sector names, vi and en, split at "và"/"and"/commas: "Điện mặt trời và lưu trữ năng lượng" → "dien mat troi", "luu tru nang luong". */
  sectors: string[];
  /** Names of the administrative units without "xã", "phường", "Commune", … and never the province's own name. */
  areas: string[];
  /** Significant words of the title: Vietnamese as pairs of adjacent syllables, English as single words. */
  keywords: string[];
}

export const SCORE = { sector: 2, area: 2, keyword: 1, maxKeywords: 3 } as const;

/** Words that say nothing about what a project is about (folded). Removed before keywords are taken. */
export const GENERIC_VI = [
  'du an',
  'dau tu',
  'xay dung',
  'nha may',
  'san xuat',
  'kinh doanh',
  'phat trien',
  'mo rong',
  'giai doan',
  'quy mo',
  'hien dai',
  'cong trinh',
  'he thong',
  'thanh pho',
  'thi xa',
  'thi tran',
  'dac khu',
  'khu',
  'cum',
  'tinh',
  'huyen',
  'phuong',
  'xa',
  'tai',
  'va',
  'cua',
  'cho',
  'cac',
  'voi',
  'tren',
  'moi',
  'so',
];

export const GENERIC_EN = new Set([
  'project',
  'projects',
  'investment',
  'invest',
  'development',
  'construction',
  'build',
  'building',
  'plant',
  'factory',
  'area',
  'areas',
  'zone',
  'phase',
  'province',
  'provincial',
  'district',
  'ward',
  'commune',
  'city',
  'town',
  'with',
  'from',
  'into',
  'near',
  'free',
  'expansion',
  'complex',
  'centre',
  'center',
  'facility',
  'modern',
  'scale',
  'general',
  'services',
  'other',
]);

/** Unit kinds in names: Vietnamese before the name, English after it (longest first). */
const UNIT_PREFIXES_VI = ['thanh pho', 'thi xa', 'thi tran', 'dac khu', 'tinh', 'huyen', 'quan', 'phuong', 'xa'];
const UNIT_SUFFIXES_EN = ['special zone', 'province', 'district', 'commune', 'city', 'town', 'ward'];

const unique = (values: string[]) => [...new Set(values.filter(Boolean))];

/** "Điện mặt trời và lưu trữ năng lượng" → ["dien mat troi", "luu tru nang luong"]. */
export function sectorPhrases(names: (string | null | undefined)[]): string[] {
  return unique(
    names.flatMap((name) =>
      (name ?? '')
        .split(/[,;/&()]|\s(?:và|and)\s/iu)
        .map(foldForMatch)
        .filter((p) => p.length >= 4 && !GENERIC_VI.includes(p) && !GENERIC_EN.has(p)),
    ),
  );
}

/** "xã Trần Đề" → "tran de", "Tran De Commune" → "tran de", "thành phố Sóc Trăng (phường 1–4)" → "soc trang". */
export function placeName(name: string | null | undefined): string | null {
  let text = foldForMatch((name ?? '').replace(/\([^)]*\)/g, ' '));
  for (const prefix of UNIT_PREFIXES_VI) {
    if (text.startsWith(`${prefix} `)) {
      text = text.slice(prefix.length + 1);
      break;
    }
  }
  for (const suffix of UNIT_SUFFIXES_EN) {
    if (text.endsWith(` ${suffix}`)) {
      text = text.slice(0, -suffix.length - 1);
      break;
    }
  }
  return text.length >= 3 ? text : null;
}

/**
 * Place names of the units (name in both languages and the pre-2025 name), except the names of
 * `excluded` units: the province's own name is in nearly every item of its portal and says nothing.
 */
export function areaPhrases(units: (string | null | undefined)[], excluded: (string | null | undefined)[] = []): string[] {
  const skip = new Set(excluded.map(placeName).filter((p): p is string => p !== null));
  return unique(units.map(placeName).filter((p): p is string => p !== null && !skip.has(p)));
}

/** Replaces every whole-word occurrence of the phrases with a break ("|"). */
function cut(folded: string, phrases: string[]): string {
  let text = ` ${folded} `;
  for (const phrase of [...phrases].sort((a, b) => b.length - a.length)) {
    const needle = ` ${phrase} `;
    while (text.includes(needle)) text = text.replace(needle, ' | ');
  }
  return text;
}

const MAX_KEYWORDS = 12;

/**
 * Significant words of a title. Sector and place phrases (`known`) and generic words are cut out
 * first, so a keyword is what the title says beyond them. Vietnamese syllables alone are too
 * ambiguous ("tôm" is shrimp, "tom" a name), so Vietnamese keywords are pairs of adjacent
 * syllables ("tôm giống"); a lone syllable counts only when long (loanwords such as "logistics").
 * English keywords are single words of four letters or more.
 */
export function titleKeywords(titleVi: string | null | undefined, titleEn: string | null | undefined, known: string[] = []): string[] {
  const out: string[] = [];
  if (titleVi) {
    // Numbers break runs too: "logistics 500 MW" is no "logistics mw".
    for (const run of cut(foldForMatch(titleVi), [...known, ...GENERIC_VI]).split(/\||\b\w*\d\w*\b/)) {
      const words = run.trim().split(' ').filter(Boolean);
      if (words.length === 1 && words[0]!.length >= 7) out.push(words[0]!);
      for (let i = 0; i + 1 < words.length; i++) out.push(`${words[i]} ${words[i + 1]}`);
    }
  }
  if (titleEn) {
    for (const word of cut(foldForMatch(titleEn), known).replace(/\|/g, ' ').split(' ')) {
      if (word.length >= 4 && !/\d/.test(word) && !GENERIC_EN.has(word)) out.push(word);
    }
  }
  return unique(out).slice(0, MAX_KEYWORDS);
}

/** Everything needed to match news to one project or policy. */
export function matchTerms(input: {
  sectorNames: (string | null | undefined)[];
  unitNames: (string | null | undefined)[];
  provinceNames: (string | null | undefined)[];
  titleVi: string | null | undefined;
  titleEn: string | null | undefined;
}): MatchTerms {
  const sectors = sectorPhrases(input.sectorNames);
  const areas = areaPhrases(input.unitNames, input.provinceNames);
  const provinces = areaPhrases(input.provinceNames);
  return { sectors, areas, keywords: titleKeywords(input.titleVi, input.titleEn, [...sectors, ...areas, ...provinces]) };
}

export type MatchedBy = 'sector' | 'area' | 'keyword';

/**
 * The same rule as the SQL, for one folded text: which kinds matched and the score. Used by unit
 * tests and to explain a match; the list endpoints compute it in PostgreSQL.
 */
export function explainMatch(folded: string, terms: MatchTerms): { matchedBy: MatchedBy[]; score: number } {
  const sector = terms.sectors.some((p) => containsPhrase(folded, p));
  const area = terms.areas.some((p) => containsPhrase(folded, p));
  const keywords = terms.keywords.filter((p) => containsPhrase(folded, p)).length;
  const matchedBy: MatchedBy[] = [...(sector ? ['sector' as const] : []), ...(area ? ['area' as const] : []), ...(keywords ? ['keyword' as const] : [])];
  return { matchedBy, score: (sector ? SCORE.sector : 0) + (area ? SCORE.area : 0) + Math.min(keywords, SCORE.maxKeywords) * SCORE.keyword };
}
