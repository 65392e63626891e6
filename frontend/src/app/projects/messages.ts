/**
 * UI strings of the projects feature, merged into the app dictionaries by core/i18n/vi.ts and en.ts.
 * Keys start with 'projects.'; `projectsEn` must have exactly the keys of `projectsVi`.
 */
export const projectsVi = {} as const;

export const projectsEn: Readonly<Record<keyof typeof projectsVi, string>> = {};
