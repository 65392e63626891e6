/**
 * UI strings of the policies feature, merged into the app dictionaries by core/i18n/vi.ts and en.ts.
 * Keys start with 'policies.'; `policiesEn` must have exactly the keys of `policiesVi`.
 */
export const policiesVi = {} as const;

export const policiesEn: Readonly<Record<keyof typeof policiesVi, string>> = {};
