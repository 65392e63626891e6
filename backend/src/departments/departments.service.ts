import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import { Department } from './department.entity.js';
import type { DepartmentDto, DepartmentListDto } from './dto/department.dto.js';
import type { ListDepartmentsQueryDto } from './dto/list-departments.query.js';

const collator = new Intl.Collator('vi');

@Injectable()
export class DepartmentsService {
  constructor(@InjectRepository(Department) private readonly departments: Repository<Department>) {}

  /** Public: the directory of contributing units is published information (Decree 42). */
  async listPublic(query: ListDepartmentsQueryDto = {}): Promise<DepartmentListDto> {
    const rows = await this.departments.find({ where: query.kind ? { kind: query.kind } : {} });
    // Vietnamese order ("Đ" after "D"), which byte order in SQL would get wrong.
    rows.sort((a, b) => collator.compare(a.nameVi, b.nameVi));
    return { items: rows.map(toDto) };
  }
}

export function toDto(d: Department): DepartmentDto {
  return {
    id: d.id,
    code: d.code,
    kind: d.kind,
    name: { vi: d.nameVi, en: d.nameEn },
    office: d.officeLat !== null && d.officeLng !== null ? { lat: d.officeLat, lng: d.officeLng } : null,
  };
}
