/**
 * Vietnamese text helpers. Meilisearch folds diacritics by itself ("dau tu" finds "đầu tư") but then
 * scores "đất" (land) and "đặt" (to place) the same. The tone spelling below keeps every syllable's
 * diacritics as plain letters (Telex, the way Vietnamese is typed on a QWERTY keyboard), so a query
 * typed with the right tones can match its exact words too and rank them first.
 */

const TONES: Record<string, string> = { '\u0301': 's', '\u0300': 'f', '\u0309': 'r', '\u0303': 'x', '\u0323': 'j' };
const MARKS: Record<string, string> = { '\u0302': 'circumflex', '\u0306': 'breve', '\u031b': 'horn' };

/** Removes diacritics: "Sóc Trăng" → "Soc Trang", "đ" → "d". */
export function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .normalize('NFC');
}

export function hasDiacritics(text: string): boolean {
  return fold(text) !== text.normalize('NFC');
}

/** One syllable to Telex: "đất" → "ddaats", "đặt" → "ddatj", "ướt" → "uwowts", "dat" → "dat". */
function telexWord(word: string): string {
  let out = '';
  let tone = '';
  for (const ch of word.normalize('NFD').toLowerCase()) {
    if (TONES[ch]) tone = TONES[ch]!;
    else if (ch === 'đ') out += 'dd';
    else if (MARKS[ch] === 'circumflex') out += out.slice(-1);
    else if (MARKS[ch] === 'breve' || MARKS[ch] === 'horn') out += 'w';
    else out += ch;
  }
  return out + tone;
}

/**
 * The tone spelling of a text: only the words that carry diacritics, each as Telex
 * ("Đất nông nghiệp Sóc Trăng" → "ddaats nooong nghieejp sosc trawng").
 */
export function toneSpelling(text: string): string {
  return (text.normalize('NFC').match(/[\p{L}\p{M}]+/gu) ?? [])
    .filter((w) => hasDiacritics(w))
    .map(telexWord)
    .join(' ');
}
