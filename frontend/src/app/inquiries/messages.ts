/**
 * UI strings of the inquiries feature, merged into the app dictionaries by core/i18n/vi.ts and en.ts.
 * Keys start with 'inquiries.'; `inquiriesEn` must have exactly the keys of `inquiriesVi`.
 */
export const inquiriesVi = {
  'inquiries.track.title': 'Theo dõi yêu cầu',
} as const;

export const inquiriesEn: Readonly<Record<keyof typeof inquiriesVi, string>> = {
  'inquiries.track.title': 'Track your inquiry',
};
