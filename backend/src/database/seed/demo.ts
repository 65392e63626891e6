import type { DataSource } from 'typeorm';
import { Department, type DepartmentKind } from '../../departments/department.entity.js';

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

const SEED_LOCK = 7_311_402_2;

/** Loads demo data into an empty database; returns how many rows it added (0 when not empty). */
export async function seedDemoData(dataSource: DataSource): Promise<number> {
  return dataSource.transaction(async (em) => {
    await em.query('SELECT pg_advisory_xact_lock($1)', [SEED_LOCK]);
    if ((await em.count(Department)) > 0) return 0;
    const rows = DEMO_DEPARTMENTS.map((d) =>
      em.create(Department, {
        code: d.code,
        nameVi: d.nameVi,
        nameEn: d.nameEn,
        kind: d.kind,
        officeLat: d.office?.[0] ?? null,
        officeLng: d.office?.[1] ?? null,
      }),
    );
    await em.save(rows);
    return rows.length;
  });
}
