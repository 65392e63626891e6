/** Languages the public site is published in; the first URL segment carries one of them. */
export const LANGS = ['vi', 'en'] as const;
export type Lang = (typeof LANGS)[number];
export const DEFAULT_LANG: Lang = 'vi';

/** Each language's name in that language, used where a visitor picks a language. */
export const LANG_NAMES: Readonly<Record<Lang, string>> = { vi: 'Tiếng Việt', en: 'English' };

export function isLang(value: string | null | undefined): value is Lang {
  return (LANGS as readonly string[]).includes(value ?? '');
}

interface SplitUrl {
  segments: string[];
  /** Query string and fragment exactly as given, e.g. `?q=1#x`. */
  rest: string;
}

function splitUrl(url: string): SplitUrl {
  const cut = url.search(/[?#]/);
  const path = cut === -1 ? url : url.slice(0, cut);
  const rest = cut === -1 ? '' : url.slice(cut);
  return { segments: path.split('/').filter((s) => s !== ''), rest };
}

function joinUrl(segments: readonly string[], rest: string): string {
  return '/' + segments.join('/') + rest;
}

/** Language of an app URL such as `/en/projects?q=1`; anything else counts as the default. */
export function langFromUrl(url: string): Lang {
  const first = splitUrl(url).segments[0];
  return isLang(first) ? first : DEFAULT_LANG;
}

/**
 * The same page in another language: `/vi/a/b?q=1#x` → `/en/a/b?q=1#x`.
 * Query and fragment are kept verbatim so filters and anchors survive the switch.
 */
export function switchLangUrl(url: string, target: Lang): string {
  const { segments, rest } = splitUrl(url);
  const path = isLang(segments[0]) ? segments.slice(1) : segments;
  return joinUrl([target, ...path], rest);
}

// A supported language in another spelling: `EN`, `en-US`, `vi_VN`.
const LANG_VARIANT = /^(vi|en)(?:[-_][a-z]{2})?$/i;

/**
 * Where a URL without a supported language goes (the top-level `**` route redirects there).
 * - A variant spelling of a supported language is normalised: `/en-US/x` → `/en/x`.
 * - Anything else gets the default language in front and keeps every segment:
 *   `/du-an/abc` → `/vi/du-an/abc` (language-less links still reach their page), and
 *   `/fr/x` → `/vi/fr/x`, which is the Vietnamese not-found page. Guessing that a first
 *   segment is a language code would be wrong too often: Vietnamese slugs such as `du-an`
 *   or `tin-tuc` look just like language tags.
 * Returns path segments; the router keeps query and fragment.
 */
export function fallbackLangPath(segments: readonly string[]): string[] {
  const variant = segments[0] === undefined ? null : LANG_VARIANT.exec(segments[0]);
  if (variant) return [variant[1].toLowerCase(), ...segments.slice(1)];
  return [DEFAULT_LANG, ...segments];
}
