import type { Lang } from '../core/i18n/lang';

export interface CountryOption {
  /** ISO 3166-1 alpha-2 code, as the API expects it. */
  code: string;
  /** Name in the page language. */
  name: string;
}

/** The province's own country goes first: most inquiries come from Vietnamese investors. */
export const FIRST_COUNTRY = 'VN';

/**
 * The API's country codes as options named in `lang` (Intl.DisplayNames), sorted by name with the
 * language's collation ("Đài Loan" sorts with D in Vietnamese), Vietnam first. A code the runtime
 * cannot name keeps the code itself, so no country silently disappears.
 */
export function countryOptions(codes: readonly string[], lang: Lang): CountryOption[] {
  const names = regionNames(lang);
  const collator = new Intl.Collator(lang, { sensitivity: 'base' });
  const options = [...new Set(codes.map((c) => c.toUpperCase()))].map((code) => ({
    code,
    name: nameOf(names, code),
  }));
  options.sort((a, b) => {
    if (a.code === FIRST_COUNTRY) return -1;
    if (b.code === FIRST_COUNTRY) return 1;
    return collator.compare(a.name, b.name) || a.code.localeCompare(b.code);
  });
  return options;
}

function regionNames(lang: Lang): Intl.DisplayNames | null {
  try {
    return new Intl.DisplayNames([lang], { type: 'region', fallback: 'code' });
  } catch {
    return null;
  }
}

function nameOf(names: Intl.DisplayNames | null, code: string): string {
  try {
    return names?.of(code) ?? code;
  } catch {
    // `of` throws on a malformed code (e.g. three letters): show the code rather than fail.
    return code;
  }
}
