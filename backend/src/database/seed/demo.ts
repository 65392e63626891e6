import type { DataSource, EntityManager } from 'typeorm';
import { hashPassword } from '../../auth/password.js';
import { Department, type DepartmentKind } from '../../departments/department.entity.js';
import { Policy } from '../../policies/policy.entity.js';
import { Project } from '../../projects/project.entity.js';
import { snapshot as projectSnapshot } from '../../projects/projects.service.js';
import { snapshot as policySnapshot } from '../../policies/policies.service.js';
import { contentSnapshot } from '../../common/changes.js';
import { AdministrativeUnit, InvestmentForm, Sector } from '../../taxonomies/taxonomy.entities.js';
import { User, type Role } from '../../users/user.entity.js';
import {
  DEMO_DEPARTMENT_DETAILS,
  DEMO_INVESTMENT_FORMS,
  DEMO_POLICIES,
  DEMO_PROJECTS,
  DEMO_SECTORS,
  DEMO_UNITS,
  DEMO_FEATURED_PROJECTS,
  DEMO_LAND_STATUS_KINDS,
} from './demo-data.js';
import { seedDemoNews } from './demo-news.js';

interface DemoDepartment {
  code: string;
  nameVi: string;
  nameEn: string | null;
  kind: DepartmentKind;
  office: [number, number] | null;
}

/**
 * Demo units of a Mekong-delta province (the seed article's Sóc Trăng, with its 2025 department
 * names). One English name is left empty on purpose: the English site must show that honestly.
 */
export const DEMO_DEPARTMENTS: DemoDepartment[] = [
  { code: 'STC', nameVi: 'Sở Tài chính', nameEn: 'Department of Finance', kind: 'department', office: [9.6037, 105.9722] },
  {
    code: 'BQLKCN',
    nameVi: 'Ban Quản lý các khu công nghiệp tỉnh',
    nameEn: 'Provincial Industrial Zones Management Board',
    kind: 'industrial_zone_board',
    office: [9.5886, 105.9851],
  },
  { code: 'SCT', nameVi: 'Sở Công Thương', nameEn: 'Department of Industry and Trade', kind: 'department', office: [9.6012, 105.9768] },
  {
    code: 'SNNMT',
    nameVi: 'Sở Nông nghiệp và Môi trường',
    nameEn: 'Department of Agriculture and Environment',
    kind: 'department',
    office: [9.6071, 105.9689],
  },
  {
    code: 'SKHCN',
    nameVi: 'Sở Khoa học và Công nghệ',
    nameEn: 'Department of Science and Technology',
    kind: 'department',
    office: [9.5998, 105.9805],
  },
  { code: 'SVHTTDL', nameVi: 'Sở Văn hóa, Thể thao và Du lịch', nameEn: null, kind: 'department', office: [9.6054, 105.9741] },
  { code: 'XTRANDE', nameVi: 'Ủy ban nhân dân xã Trần Đề', nameEn: "Tran De Commune People's Committee", kind: 'commune', office: [9.5231, 106.2046] },
  { code: 'TTXTDT', nameVi: 'Trung tâm Xúc tiến Đầu tư', nameEn: 'Investment Promotion Centre', kind: 'other', office: null },
];

/** One account per role (two officers, to show department scoping). Listed in the README. */
export const DEMO_ACCOUNTS: { email: string; password: string; role: Role; displayName: string; departmentCode: string | null }[] = [
  { email: 'admin@demo.invest-portal.vn', password: 'Demo-Admin-2026!', role: 'admin', displayName: 'Quản trị hệ thống', departmentCode: null },
  { email: 'editor@demo.invest-portal.vn', password: 'Demo-Editor-2026!', role: 'editor', displayName: 'Ban Biên tập', departmentCode: null },
  { email: 'officer.stc@demo.invest-portal.vn', password: 'Demo-Officer-2026!', role: 'officer', displayName: 'Cán bộ Sở Tài chính', departmentCode: 'STC' },
  { email: 'officer.kcn@demo.invest-portal.vn', password: 'Demo-Officer-2026!', role: 'officer', displayName: 'Cán bộ Ban Quản lý các KCN', departmentCode: 'BQLKCN' },
];

/** Policies are kept by the investment-promotion side of the Department of Finance in the demo. */
const POLICY_DEPARTMENT = 'STC';
const SEED_LOCK = 7_311_402_2;
const DAY = 86_400_000;

export interface SeedResult {
  departments: number;
  users: number;
  sectors: number;
  units: number;
  policies: number;
  projects: number;
  news: number;
}

/** Loads the demo data set into an empty database in one transaction; null when it has data already. */
export async function seedDemoData(dataSource: DataSource, now = new Date()): Promise<SeedResult | null> {
  const hashes = new Map<string, string>();
  for (const a of DEMO_ACCOUNTS) hashes.set(a.email, await hashPassword(a.password));
  return dataSource.transaction(async (em) => {
    await em.query('SELECT pg_advisory_xact_lock($1)', [SEED_LOCK]);
    if ((await em.count(Department)) > 0) return null;
    const departments = await seedDepartments(em);
    const sectors = await seedTerms(em, Sector, DEMO_SECTORS);
    const forms = await seedTerms(em, InvestmentForm, DEMO_INVESTMENT_FORMS);
    const units = await seedUnits(em);
    for (const a of DEMO_ACCOUNTS) {
      await em.save(
        em.create(User, {
          email: a.email,
          displayName: a.displayName,
          passwordHash: hashes.get(a.email)!,
          role: a.role,
          departmentId: a.departmentCode ? departments.get(a.departmentCode)!.id : null,
        }),
      );
    }
    const policies = new Map<string, Policy>();
    for (const p of DEMO_POLICIES) {
      const saved = await em.save(
        em.create(Policy, {
          code: p.code,
          slug: p.slug,
          departmentId: departments.get(POLICY_DEPARTMENT)!.id,
          title: p.title,
          summary: p.summary,
          body: p.body,
          legalNumber: p.legalBasis.number,
          legalIssuer: p.legalBasis.issuer,
          legalDate: p.legalBasis.date,
          validFrom: p.validFrom,
          validTo: p.validTo,
          incentiveTypes: p.incentiveTypes,
          sectors: p.sectorCodes.map((c) => sectors.get(c)!),
          units: p.unitCodes.map((c) => units.get(c)!),
          status: p.status,
          publishedAt: p.status === 'published' ? new Date(now.getTime() - 200 * DAY) : null,
        }),
      );
      if (saved.status === 'published') {
        const stored = await em.findOneOrFail(Policy, { where: { id: saved.id }, relations: { sectors: true, units: true } });
        await em.query(`UPDATE policies SET published_snapshot = $2 WHERE id = $1`, [saved.id, JSON.stringify(contentSnapshot(policySnapshot(stored)))]);
      }
      policies.set(p.code, saved);
    }
    let i = 0;
    for (const p of DEMO_PROJECTS) {
      // As if the board had published it: the content it approved is kept for later reviews.
      const verified = new Date(now.getTime() - p.lastVerifiedDaysAgo * DAY);
      const isPublic = p.status === 'published' || p.status === 'awarded' || p.status === 'archived';
      const project = await em.save(
        em.create(Project, {
          code: p.code,
          slug: p.slug,
          departmentId: departments.get(p.departmentCode)!.id,
          title: p.title,
          summary: p.summary,
          description: p.description,
          landStatus: p.landStatus,
          landStatusKind: DEMO_LAND_STATUS_KINDS[p.code] ?? null,
          featured: DEMO_FEATURED_PROJECTS.includes(p.code),
          infrastructure: p.infrastructure,
          timeline: p.timeline,
          objectives: p.objectives,
          sectors: p.sectorCodes.map((c) => sectors.get(c)!),
          unitId: units.get(p.unitCode)!.id,
          investmentFormId: forms.get(p.investmentFormCode)!.id,
          policies: p.policyCodes.map((c) => policies.get(c)!),
          lat: p.location.lat,
          lng: p.location.lng,
          landPlot: p.landPlot ? { type: 'Polygon', coordinates: [p.landPlot] } : null,
          areaHa: String(p.areaHa),
          capitalVnd: p.capitalVnd,
          contact: p.contact,
          status: p.status,
          reviewComment: p.status === 'rejected' ? 'Bổ sung hiện trạng sử dụng đất và bản đồ ranh giới khu đất.' : null,
          lastVerifiedAt: verified,
          submittedAt: p.status === 'draft' ? null : new Date(verified.getTime() - 3 * DAY),
          // Spread publication dates so "newest first" has a meaningful order.
          publishedAt: isPublic ? new Date(verified.getTime() - (i++ % 9) * DAY) : null,
        }),
      );
      if (isPublic) {
        // Read back, so values are in the database's own form (numeric "25.00", not the input "25").
        const stored = await em.findOneOrFail(Project, { where: { id: project.id }, relations: { sectors: true, policies: true } });
        await em.query(`UPDATE projects SET published_snapshot = $2 WHERE id = $1`, [project.id, JSON.stringify(contentSnapshot(projectSnapshot(stored)))]);
      }
    }
    const news = await seedDemoNews(em, now);
    return {
      departments: departments.size,
      users: DEMO_ACCOUNTS.length,
      sectors: sectors.size,
      units: units.size,
      policies: policies.size,
      projects: DEMO_PROJECTS.length,
      news,
    };
  });
}

async function seedDepartments(em: EntityManager): Promise<Map<string, Department>> {
  const out = new Map<string, Department>();
  for (const d of DEMO_DEPARTMENTS) {
    const details = DEMO_DEPARTMENT_DETAILS.find((x) => x.code === d.code);
    const saved = await em.save(
      em.create(Department, {
        code: d.code,
        nameVi: d.nameVi,
        nameEn: d.nameEn,
        kind: d.kind,
        address: details?.address ?? null,
        contacts: details?.contacts ?? [],
        officeLat: d.office?.[0] ?? null,
        officeLng: d.office?.[1] ?? null,
      }),
    );
    out.set(d.code, saved);
  }
  return out;
}

async function seedTerms<T extends Sector | InvestmentForm>(
  em: EntityManager,
  entity: new () => T,
  terms: { code: string; name: { vi: string; en: string } }[],
): Promise<Map<string, T>> {
  const out = new Map<string, T>();
  for (const t of terms) {
    const row = em.create(entity, { code: t.code, nameVi: t.name.vi, nameEn: t.name.en } as never);
    out.set(t.code, (await em.save(row)) as T);
  }
  return out;
}

async function seedUnits(em: EntityManager): Promise<Map<string, AdministrativeUnit>> {
  const out = new Map<string, AdministrativeUnit>();
  // Parents first: the province before its wards and communes.
  const ordered = [...DEMO_UNITS].sort((a, b) => Number(a.parentCode !== null) - Number(b.parentCode !== null));
  for (const u of ordered) {
    const saved = await em.save(
      em.create(AdministrativeUnit, {
        code: u.code,
        kind: u.kind,
        nameVi: u.name.vi,
        nameEn: u.name.en,
        parentId: u.parentCode ? out.get(u.parentCode)!.id : null,
        legacyName: u.legacyName,
      }),
    );
    out.set(u.code, saved);
  }
  return out;
}
