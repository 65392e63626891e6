/**
 * Honest handling of missing English. The public API answers `lang=en` with Vietnamese text for
 * the fields that have no translation and lists their DTO field names in `untranslated`. Pages
 * then show a notice and mark each such element `lang="vi"`, so screen readers switch voice.
 */
export interface Translatable {
  untranslated: readonly string[];
}

/**
 * The `lang` attribute for one field: 'vi' when English is shown but this field is Vietnamese,
 * null (no attribute) otherwise.
 */
export function fieldLang(
  dto: Translatable | null | undefined,
  uiLang: 'vi' | 'en',
  field: string,
): 'vi' | null {
  return uiLang === 'en' && !!dto && dto.untranslated.includes(field) ? 'vi' : null;
}

/** True when the page should say that some of its content is not yet translated. */
export function hasUntranslated(dto: Translatable | null | undefined, uiLang: 'vi' | 'en'): boolean {
  return uiLang === 'en' && !!dto && dto.untranslated.length > 0;
}
