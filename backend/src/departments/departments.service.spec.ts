import { toDto } from './departments.service.js';
import type { Department } from './department.entity.js';

const row = (over: Partial<Department>): Department =>
  ({
    id: '00000000-0000-4000-8000-000000000001',
    code: 'STC',
    nameVi: 'Sở Tài chính',
    nameEn: 'Department of Finance',
    kind: 'department',
    officeLat: 9.6,
    officeLng: 105.97,
    createdAt: new Date(0),
    updatedAt: new Date(0),
    ...over,
  }) as Department;

describe('departments toDto', () => {
  it('groups names by language and exposes the office point', () => {
    expect(toDto(row({}))).toEqual({
      id: '00000000-0000-4000-8000-000000000001',
      code: 'STC',
      kind: 'department',
      name: { vi: 'Sở Tài chính', en: 'Department of Finance' },
      office: { lat: 9.6, lng: 105.97 },
      address: null,
      contacts: [],
    });
  });

  it('keeps a missing English name as null and a missing office as null', () => {
    const dto = toDto(row({ nameEn: null, officeLat: null, officeLng: null }));
    expect(dto.name.en).toBeNull();
    expect(dto.office).toBeNull();
  });

  it('treats a half-known office point as unknown', () => {
    expect(toDto(row({ officeLng: null })).office).toBeNull();
  });
});
