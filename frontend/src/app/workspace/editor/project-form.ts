import type { Schemas } from '../../core/api/api';
import type { MessageKey } from '../../core/i18n/vi';
import { type BilingualValue, englishCompleteness } from './completeness';
import { BASICS_CONTROLS, basicsBody, basicsFormValue, bilingual, EMPTY_BASICS, orNull, type ItemBasics, validateBasics } from './item-form';
import { type LngLat, openRing, toLandPlot } from './polygon';

type ProjectDto = Schemas['ProjectDto'];
export type ProjectBody = Omit<Schemas['CreateProjectDto'], 'departmentId'>;
export type LandStatusKind = Schemas['LandStatusKind'];
export const LAND_STATUS_KINDS: readonly LandStatusKind[] = ['cleared', 'clearing', 'not_cleared', 'industrial_zone'];

/** Every control of the project editor, in page order (the order of the error summary). */
export const PROJECT_CONTROLS = [
  ...BASICS_CONTROLS,
  'descriptionVi',
  'descriptionEn',
  'objectivesVi',
  'objectivesEn',
  'sectorIds',
  'unitId',
  'investmentFormId',
  'areaHa',
  'capitalVnd',
  'landStatusKind',
  'landStatusVi',
  'landStatusEn',
  'infrastructureVi',
  'infrastructureEn',
  'timelineVi',
  'timelineEn',
  'lat',
  'lng',
  'landPlot',
  'contactName',
  'contactPositionVi',
  'contactPositionEn',
  'contactPhone',
  'contactEmail',
  'policyIds',
] as const;
export type ProjectControl = (typeof PROJECT_CONTROLS)[number];

export interface ProjectFormValue extends ItemBasics {
  descriptionVi: string;
  descriptionEn: string;
  objectivesVi: string;
  objectivesEn: string;
  sectorIds: string[];
  unitId: string;
  investmentFormId: string;
  areaHa: string;
  capitalVnd: string;
  landStatusKind: string;
  landStatusVi: string;
  landStatusEn: string;
  infrastructureVi: string;
  infrastructureEn: string;
  timelineVi: string;
  timelineEn: string;
  lat: string;
  lng: string;
  contactName: string;
  contactPositionVi: string;
  contactPositionEn: string;
  contactPhone: string;
  contactEmail: string;
  policyIds: string[];
}

export const EMPTY_PROJECT: ProjectFormValue = {
  ...EMPTY_BASICS,
  descriptionVi: '',
  descriptionEn: '',
  objectivesVi: '',
  objectivesEn: '',
  sectorIds: [],
  unitId: '',
  investmentFormId: '',
  areaHa: '',
  capitalVnd: '',
  landStatusKind: '',
  landStatusVi: '',
  landStatusEn: '',
  infrastructureVi: '',
  infrastructureEn: '',
  timelineVi: '',
  timelineEn: '',
  lat: '',
  lng: '',
  contactName: '',
  contactPositionVi: '',
  contactPositionEn: '',
  contactPhone: '',
  contactEmail: '',
  policyIds: [],
};

/** Bilingual texts: [API field, Vietnamese control, English control, required]. */
export const PROJECT_TEXTS = [
  ['title', 'titleVi', 'titleEn', true],
  ['summary', 'summaryVi', 'summaryEn', true],
  ['description', 'descriptionVi', 'descriptionEn', true],
  ['objectives', 'objectivesVi', 'objectivesEn', false],
  ['landStatus', 'landStatusVi', 'landStatusEn', false],
  ['infrastructure', 'infrastructureVi', 'infrastructureEn', false],
  ['timeline', 'timelineVi', 'timelineEn', false],
  ['contact.position', 'contactPositionVi', 'contactPositionEn', false],
] as const satisfies readonly (readonly [string, ProjectControl, ProjectControl, boolean])[];

/** API error fields → editor controls (nested fields fall back to their nearest parent). */
export const PROJECT_API_FIELDS: Readonly<Record<string, ProjectControl>> = {
  departmentId: 'departmentId',
  code: 'code',
  slug: 'slug',
  ...Object.fromEntries(
    PROJECT_TEXTS.flatMap(([api, vi, en]) => [
      [api, vi],
      [`${api}.vi`, vi],
      [`${api}.en`, en],
    ]),
  ),
  sectorIds: 'sectorIds',
  unitId: 'unitId',
  investmentFormId: 'investmentFormId',
  policyIds: 'policyIds',
  areaHa: 'areaHa',
  capitalVnd: 'capitalVnd',
  landStatusKind: 'landStatusKind',
  location: 'lat',
  'location.lat': 'lat',
  'location.lng': 'lng',
  landPlot: 'landPlot',
  contact: 'contactName',
  'contact.name': 'contactName',
  'contact.phone': 'contactPhone',
  'contact.email': 'contactEmail',
};

/** English completeness of the texts entered so far. */
export function projectCompleteness(v: ProjectFormValue) {
  const texts = v as unknown as Readonly<Record<string, string>>;
  const pair = (vi: ProjectControl, en: ProjectControl): BilingualValue => ({ vi: texts[vi], en: texts[en] });
  return englishCompleteness(
    PROJECT_TEXTS.filter((x) => x[3]).map(([, vi, en]) => pair(vi, en)),
    PROJECT_TEXTS.filter((x) => !x[3]).map(([, vi, en]) => pair(vi, en)),
  );
}

const text = (s: string) => s.trim();
const optionalText = (vi: string, en: string) => (vi.trim() === '' ? null : bilingual(vi, en));

/** Numbers as people type them: "120,5" and "120.5" are both 120.5; '' is null; junk is NaN. */
export function parseDecimal(value: string): number | null {
  const s = value.trim().replace(/\s/g, '');
  if (s === '') return null;
  return /^-?\d+([.,]\d+)?$/.test(s) ? Number(s.replace(',', '.')) : Number.NaN;
}

/** VND as digits only: "1.250.000.000" or "1 250 000 000" → "1250000000". */
export function normaliseVnd(value: string): string {
  return value.replace(/[\s.,]/g, '');
}

/** Checks the browser can make before asking the API (which checks everything again). */
export function validateProject(v: ProjectFormValue, vertices: readonly LngLat[], needDepartment: boolean) {
  const errors: Partial<Record<ProjectControl, MessageKey>> = validateBasics(v, needDepartment);
  if (!v.descriptionVi.trim()) errors.descriptionVi = 'ws.error.required';
  if (v.sectorIds.length === 0) errors.sectorIds = 'ws.error.sectors';
  else if (v.sectorIds.length > 10) errors.sectorIds = 'ws.error.sectorsMax';
  if (!v.unitId) errors.unitId = 'ws.error.unit';
  const lat = parseDecimal(v.lat);
  const lng = parseDecimal(v.lng);
  if (lat === null || lng === null) errors.lat = 'ws.error.location';
  else {
    if (!Number.isFinite(lat) || Math.abs(lat) > 90) errors.lat = 'ws.error.lat';
    if (!Number.isFinite(lng) || Math.abs(lng) > 180) errors.lng = 'ws.error.lng';
  }
  const area = parseDecimal(v.areaHa);
  if (area !== null && !(Number.isFinite(area) && area >= 0.01 && area <= 1_000_000)) errors.areaHa = 'ws.error.area';
  const capital = normaliseVnd(v.capitalVnd);
  if (capital && !/^[1-9][0-9]{0,17}$/.test(capital)) errors.capitalVnd = 'ws.error.capital';
  if (vertices.length > 0 && !toLandPlot(vertices)) errors.landPlot = 'ws.error.plot';
  const contactUsed = [v.contactName, v.contactPositionVi, v.contactPositionEn, v.contactPhone, v.contactEmail].some(
    (s) => s.trim() !== '',
  );
  if (contactUsed) {
    if (!v.contactName.trim()) errors.contactName = 'ws.error.contactName';
    if (!v.contactPositionVi.trim()) errors.contactPositionVi = 'ws.error.required';
    if (v.contactPhone.trim() && !/^[0-9+() .-]{6,30}$/.test(v.contactPhone.trim())) errors.contactPhone = 'ws.error.phone';
    if (v.contactEmail.trim() && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(v.contactEmail.trim())) errors.contactEmail = 'ws.error.email';
  }
  return errors;
}

/** The request body from what the form holds (validated first). */
export function projectBody(v: ProjectFormValue, vertices: readonly LngLat[]): ProjectBody {
  const contactUsed = v.contactName.trim() !== '' || v.contactPositionVi.trim() !== '';
  const area = parseDecimal(v.areaHa);
  return {
    ...basicsBody(v),
    description: bilingual(v.descriptionVi, v.descriptionEn),
    objectives: optionalText(v.objectivesVi, v.objectivesEn),
    landStatus: optionalText(v.landStatusVi, v.landStatusEn),
    landStatusKind: (LAND_STATUS_KINDS as readonly string[]).includes(v.landStatusKind)
      ? (v.landStatusKind as LandStatusKind)
      : null,
    infrastructure: optionalText(v.infrastructureVi, v.infrastructureEn),
    timeline: optionalText(v.timelineVi, v.timelineEn),
    sectorIds: [...v.sectorIds],
    unitId: v.unitId,
    investmentFormId: v.investmentFormId || null,
    policyIds: [...v.policyIds],
    location: { lat: parseDecimal(v.lat) ?? Number.NaN, lng: parseDecimal(v.lng) ?? Number.NaN },
    landPlot: toLandPlot(vertices),
    areaHa: area,
    capitalVnd: normaliseVnd(v.capitalVnd) || null,
    contact: contactUsed
      ? {
          name: text(v.contactName),
          position: bilingual(v.contactPositionVi, v.contactPositionEn),
          phone: orNull(v.contactPhone),
          email: orNull(v.contactEmail),
        }
      : null,
  };
}

/** The form's values for a project from the API. */
export function projectFormValue(p: ProjectDto): { value: ProjectFormValue; vertices: LngLat[] } {
  return {
    value: {
      ...basicsFormValue(p),
      descriptionVi: p.description.vi,
      descriptionEn: p.description.en ?? '',
      objectivesVi: p.objectives?.vi ?? '',
      objectivesEn: p.objectives?.en ?? '',
      sectorIds: p.sectors.map((s) => s.id),
      unitId: p.unit.id,
      investmentFormId: p.investmentForm?.id ?? '',
      areaHa: p.areaHa === null ? '' : String(p.areaHa),
      capitalVnd: p.capitalVnd ?? '',
      landStatusKind: p.landStatusKind ?? '',
      landStatusVi: p.landStatus?.vi ?? '',
      landStatusEn: p.landStatus?.en ?? '',
      infrastructureVi: p.infrastructure?.vi ?? '',
      infrastructureEn: p.infrastructure?.en ?? '',
      timelineVi: p.timeline?.vi ?? '',
      timelineEn: p.timeline?.en ?? '',
      lat: String(p.location.lat),
      lng: String(p.location.lng),
      contactName: p.contact?.name ?? '',
      contactPositionVi: p.contact?.position.vi ?? '',
      contactPositionEn: p.contact?.position.en ?? '',
      contactPhone: p.contact?.phone ?? '',
      contactEmail: p.contact?.email ?? '',
      policyIds: p.policies.map((x) => x.id),
    },
    vertices: openRing(p.landPlot?.coordinates[0]),
  };
}
