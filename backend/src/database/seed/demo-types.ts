/**
 * Shape of the demo data set (demo-data.ts). Codes link the records together; the seeder resolves
 * them to database ids. Text fields carry both languages; `en: null` means "not yet translated".
 */
export interface Bilingual {
  vi: string;
  en: string | null;
}

export interface DemoSector {
  code: string;
  name: { vi: string; en: string };
}

export interface DemoInvestmentForm {
  code: string;
  name: { vi: string; en: string };
}

export type DemoUnitKind = 'province' | 'ward' | 'commune' | 'special_zone';

export interface DemoAdministrativeUnit {
  code: string;
  kind: DemoUnitKind;
  name: { vi: string; en: string };
  /** Code of the parent unit (the province) or null for the province itself. */
  parentCode: string | null;
  /** Name before the 2025 reform (e.g. "huyện Trần Đề"), for older decisions; null if unchanged. */
  legacyName: string | null;
}

export interface DemoContact {
  name: string;
  position: Bilingual;
  phone: string;
  email: string;
}

export interface DemoDepartmentDetails {
  /** Must match a code of DEMO_DEPARTMENTS in demo.ts. */
  code: string;
  address: Bilingual;
  contacts: DemoContact[];
}

export type DemoProjectStatus = 'draft' | 'submitted' | 'published' | 'rejected' | 'archived' | 'awarded';

export interface DemoProject {
  code: string;
  /** Lower-case ASCII kebab-case, unique. */
  slug: string;
  departmentCode: string;
  sectorCodes: string[];
  unitCode: string;
  investmentFormCode: string;
  title: Bilingual;
  summary: Bilingual;
  description: Bilingual;
  location: { lat: number; lng: number };
  /** Optional land plot: one closed ring of [lng, lat] pairs (GeoJSON order), first = last. */
  landPlot: [number, number][] | null;
  areaHa: number;
  /** Total capital in VND, integer as a decimal string (bigint). */
  capitalVnd: string;
  landStatus: Bilingual;
  infrastructure: Bilingual;
  timeline: Bilingual;
  objectives: Bilingual;
  contact: DemoContact;
  status: DemoProjectStatus;
  /** Days before the seeding date when the project was last confirmed current. */
  lastVerifiedDaysAgo: number;
  policyCodes: string[];
}

export type DemoIncentiveType =
  | 'corporate_income_tax'
  | 'import_duty'
  | 'land_rent'
  | 'land_use_fee'
  | 'investment_support'
  | 'credit'
  | 'training'
  | 'infrastructure'
  | 'other';

export interface DemoPolicy {
  code: string;
  slug: string;
  title: Bilingual;
  summary: Bilingual;
  /** Rich text: only <p>, <ul>, <ol>, <li>, <strong>, <em>, <h3>, <a href>; no scripts or styles. */
  body: Bilingual;
  legalBasis: { number: string; issuer: Bilingual; date: string /* YYYY-MM-DD */ };
  validFrom: string | null;
  validTo: string | null;
  incentiveTypes: DemoIncentiveType[];
  sectorCodes: string[];
  /** Empty = applies to the whole province. */
  unitCodes: string[];
  status: 'published' | 'draft';
}
