/**
 * Categories that turn numbers and free text into facets investors can tick. Band codes are stored
 * in the index (Meilisearch counts discrete values only); the bounds are lower-inclusive.
 */

export interface Band {
  code: string;
  /** Inclusive lower bound (same unit as the value), or null for "below max". */
  min: number | null;
  /** Exclusive upper bound, or null for "and above". */
  max: number | null;
  label: { vi: string; en: string };
}

const BILLION = 1_000_000_000;

/** Total capital in VND. */
export const CAPITAL_BANDS: readonly Band[] = [
  { code: 'lt-500b', min: null, max: 500 * BILLION, label: { vi: 'Dưới 500 tỷ đồng', en: 'Under VND 500 billion' } },
  { code: '500b-2000b', min: 500 * BILLION, max: 2000 * BILLION, label: { vi: 'Từ 500 đến dưới 2.000 tỷ đồng', en: 'VND 500 – 2,000 billion' } },
  { code: '2000b-5000b', min: 2000 * BILLION, max: 5000 * BILLION, label: { vi: 'Từ 2.000 đến dưới 5.000 tỷ đồng', en: 'VND 2,000 – 5,000 billion' } },
  { code: 'gte-5000b', min: 5000 * BILLION, max: null, label: { vi: 'Từ 5.000 tỷ đồng trở lên', en: 'VND 5,000 billion and above' } },
];

/** Land area in hectares. */
export const AREA_BANDS: readonly Band[] = [
  { code: 'lt-10', min: null, max: 10, label: { vi: 'Dưới 10 ha', en: 'Under 10 ha' } },
  { code: '10-50', min: 10, max: 50, label: { vi: 'Từ 10 đến dưới 50 ha', en: '10 – 50 ha' } },
  { code: '50-200', min: 50, max: 200, label: { vi: 'Từ 50 đến dưới 200 ha', en: '50 – 200 ha' } },
  { code: 'gte-200', min: 200, max: null, label: { vi: 'Từ 200 ha trở lên', en: '200 ha and above' } },
];

/** Land status of a project site: what an investor can expect to receive. */
export const LAND_STATUSES = {
  cleared: { vi: 'Đã giải phóng mặt bằng', en: 'Site cleared' },
  clearing: { vi: 'Đang bồi thường, giải phóng mặt bằng', en: 'Clearance in progress' },
  not_cleared: { vi: 'Chưa giải phóng mặt bằng', en: 'Not yet cleared' },
  industrial_zone: { vi: 'Thuê lại đất trong khu, cụm công nghiệp', en: 'Sublease in an industrial zone or cluster' },
} as const;
export type LandStatusKind = keyof typeof LAND_STATUSES;
export const LAND_STATUS_KINDS = Object.keys(LAND_STATUSES) as LandStatusKind[];

export function bandOf(bands: readonly Band[], value: number | null | undefined): string | null {
  if (value === null || value === undefined || !Number.isFinite(value)) return null;
  return bands.find((b) => (b.min === null || value >= b.min) && (b.max === null || value < b.max))?.code ?? null;
}
