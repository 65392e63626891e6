import type { MessageKey } from '../../core/i18n/vi';

/** The controls every workspace item (project, policy) starts with, in page order. */
export const BASICS_CONTROLS = [
  'departmentId',
  'code',
  'slug',
  'titleVi',
  'titleEn',
  'summaryVi',
  'summaryEn',
] as const;

/** The form values of `BASICS_CONTROLS`. */
export type ItemBasics = Record<(typeof BASICS_CONTROLS)[number], string>;

/** The basics of an empty form. */
export const EMPTY_BASICS: ItemBasics = {
  departmentId: '',
  code: '',
  slug: '',
  titleVi: '',
  titleEn: '',
  summaryVi: '',
  summaryEn: '',
};

interface Bilingual {
  vi: string;
  en: string | null;
}

/** An item from the API as far as `ItemBasics` needs it. */
interface BasicsDto {
  department: { id: string };
  code: string;
  slug: string;
  title: Bilingual;
  summary: Bilingual;
}

/** Trimmed, or null when empty. */
export const orNull = (s: string) => (s.trim() === '' ? null : s.trim());

/** A bilingual text for the API: Vietnamese trimmed, English trimmed or null. */
export const bilingual = (vi: string, en: string) => ({ vi: vi.trim(), en: orNull(en) });

/** Client-side checks of the basics (department for admins, code, slug, Vietnamese title and summary). */
export function validateBasics(v: ItemBasics, needDepartment: boolean): Partial<Record<keyof ItemBasics, MessageKey>> {
  const errors: Partial<Record<keyof ItemBasics, MessageKey>> = {};
  if (needDepartment && !v.departmentId) errors.departmentId = 'ws.error.departmentRequired';
  if (!/^[A-Z0-9][A-Z0-9-]{1,31}$/.test(v.code.trim())) errors.code = 'ws.error.code';
  if (v.slug.trim() && !/^[a-z0-9]+(-[a-z0-9]+)*$/.test(v.slug.trim())) errors.slug = 'ws.error.slug';
  if (!v.titleVi.trim()) errors.titleVi = 'ws.error.required';
  if (!v.summaryVi.trim()) errors.summaryVi = 'ws.error.required';
  return errors;
}

/** The basics of a request body (the slug only when one was entered). */
export function basicsBody(v: ItemBasics) {
  return {
    code: v.code.trim(),
    ...(v.slug.trim() ? { slug: v.slug.trim() } : {}),
    title: bilingual(v.titleVi, v.titleEn),
    summary: bilingual(v.summaryVi, v.summaryEn),
  };
}

/** The basics' form values for an item from the API. */
export function basicsFormValue(p: BasicsDto): ItemBasics {
  return {
    departmentId: p.department.id,
    code: p.code,
    slug: p.slug,
    titleVi: p.title.vi,
    titleEn: p.title.en ?? '',
    summaryVi: p.summary.vi,
    summaryEn: p.summary.en ?? '',
  };
}
