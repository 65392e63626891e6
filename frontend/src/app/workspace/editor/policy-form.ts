import type { Schemas } from '../../core/api/api';
import type { MessageKey } from '../../core/i18n/vi';
import { englishCompleteness } from './completeness';
import { BASICS_CONTROLS, basicsBody, basicsFormValue, bilingual, EMPTY_BASICS, type ItemBasics, validateBasics } from './item-form';

type PolicyDto = Schemas['PolicyDto'];
export type PolicyBody = Omit<Schemas['CreatePolicyDto'], 'departmentId'>;
export type IncentiveType = Schemas['IncentiveType'];
export const INCENTIVE_TYPES: readonly IncentiveType[] = [
  'corporate_income_tax',
  'import_duty',
  'land_rent',
  'land_use_fee',
  'investment_support',
  'credit',
  'training',
  'infrastructure',
  'other',
];

export const POLICY_CONTROLS = [
  ...BASICS_CONTROLS,
  'bodyVi',
  'bodyEn',
  'legalNumber',
  'legalIssuerVi',
  'legalIssuerEn',
  'legalDate',
  'validFrom',
  'validTo',
  'incentiveTypes',
  'sectorIds',
  'unitIds',
] as const;
export type PolicyControl = (typeof POLICY_CONTROLS)[number];

export interface PolicyFormValue extends ItemBasics {
  bodyVi: string;
  bodyEn: string;
  legalNumber: string;
  legalIssuerVi: string;
  legalIssuerEn: string;
  legalDate: string;
  validFrom: string;
  validTo: string;
  incentiveTypes: string[];
  sectorIds: string[];
  unitIds: string[];
}

export const EMPTY_POLICY: PolicyFormValue = {
  ...EMPTY_BASICS,
  bodyVi: '',
  bodyEn: '',
  legalNumber: '',
  legalIssuerVi: '',
  legalIssuerEn: '',
  legalDate: '',
  validFrom: '',
  validTo: '',
  incentiveTypes: [],
  sectorIds: [],
  unitIds: [],
};

export const POLICY_API_FIELDS: Readonly<Record<string, PolicyControl>> = {
  departmentId: 'departmentId',
  code: 'code',
  slug: 'slug',
  title: 'titleVi',
  'title.vi': 'titleVi',
  'title.en': 'titleEn',
  summary: 'summaryVi',
  'summary.vi': 'summaryVi',
  'summary.en': 'summaryEn',
  body: 'bodyVi',
  'body.vi': 'bodyVi',
  'body.en': 'bodyEn',
  legalBasis: 'legalNumber',
  'legalBasis.number': 'legalNumber',
  'legalBasis.issuer': 'legalIssuerVi',
  'legalBasis.issuer.vi': 'legalIssuerVi',
  'legalBasis.issuer.en': 'legalIssuerEn',
  'legalBasis.date': 'legalDate',
  validFrom: 'validFrom',
  validTo: 'validTo',
  incentiveTypes: 'incentiveTypes',
  sectorIds: 'sectorIds',
  unitIds: 'unitIds',
};

const DATE = /^\d{4}-\d{2}-\d{2}$/;

export function policyCompleteness(v: PolicyFormValue) {
  return englishCompleteness([
    { vi: v.titleVi, en: v.titleEn },
    { vi: v.summaryVi, en: v.summaryEn },
    { vi: v.bodyVi, en: v.bodyEn },
    { vi: v.legalIssuerVi, en: v.legalIssuerEn },
  ]);
}

export function validatePolicy(v: PolicyFormValue, needDepartment: boolean) {
  const errors: Partial<Record<PolicyControl, MessageKey>> = validateBasics(v, needDepartment);
  if (!v.bodyVi.trim()) errors.bodyVi = 'ws.error.required';
  if (!/^[0-9A-Za-zĐđ/.-]{1,64}$/.test(v.legalNumber.trim())) errors.legalNumber = 'ws.error.legalNumber';
  if (!v.legalIssuerVi.trim()) errors.legalIssuerVi = 'ws.error.legalIssuer';
  if (!DATE.test(v.legalDate)) errors.legalDate = 'ws.error.date';
  if (v.validFrom && !DATE.test(v.validFrom)) errors.validFrom = 'ws.error.date';
  if (v.validTo && !DATE.test(v.validTo)) errors.validTo = 'ws.error.date';
  else if (v.validFrom && v.validTo && v.validTo < v.validFrom) errors.validTo = 'ws.error.dateOrder';
  if (v.incentiveTypes.length === 0) errors.incentiveTypes = 'ws.error.incentives';
  return errors;
}

export function policyBody(v: PolicyFormValue): PolicyBody {
  return {
    ...basicsBody(v),
    body: bilingual(v.bodyVi, v.bodyEn),
    legalBasis: {
      number: v.legalNumber.trim(),
      issuer: bilingual(v.legalIssuerVi, v.legalIssuerEn),
      date: v.legalDate,
    },
    validFrom: v.validFrom || null,
    validTo: v.validTo || null,
    incentiveTypes: INCENTIVE_TYPES.filter((x) => v.incentiveTypes.includes(x)),
    sectorIds: [...v.sectorIds],
    unitIds: [...v.unitIds],
  };
}

export function policyFormValue(p: PolicyDto): PolicyFormValue {
  return {
    ...basicsFormValue(p),
    bodyVi: p.body.vi,
    bodyEn: p.body.en ?? '',
    legalNumber: p.legalBasis.number,
    legalIssuerVi: p.legalBasis.issuer.vi,
    legalIssuerEn: p.legalBasis.issuer.en ?? '',
    legalDate: p.legalBasis.date,
    validFrom: p.validFrom ?? '',
    validTo: p.validTo ?? '',
    incentiveTypes: [...p.incentiveTypes],
    sectorIds: p.sectors.map((s) => s.id),
    unitIds: p.units.map((u) => u.id),
  };
}
