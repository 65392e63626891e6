import { Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { Actor } from '../common/access.js';
import { AuditService, diff } from '../audit/audit.service.js';
import { OutboxService } from '../search-sync/outbox.service.js';
import { DuplicateError, isUniqueViolation, rejectNulls } from '../common/errors.js';
import { localized } from '../common/localized.js';
import { Department } from './department.entity.js';
import type { DepartmentInput, UpdateDepartmentInput } from './dto/department-input.dto.js';
import type { DepartmentDto, DepartmentListDto } from './dto/department.dto.js';
import type { ListDepartmentsQueryDto } from './dto/list-departments.query.js';

const collator = new Intl.Collator('vi');

@Injectable()
export class DepartmentsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
    private readonly outbox: OutboxService,
  ) {}

  /** Public: the directory of contributing units and their contacts is published information (Decree 42). */
  async listPublic(query: ListDepartmentsQueryDto = {}): Promise<DepartmentListDto> {
    const rows = await this.db.getRepository(Department).find({ where: query.kind ? { kind: query.kind } : {} });
    // Vietnamese order ("Đ" after "D"), which byte order in SQL would get wrong.
    rows.sort((a, b) => collator.compare(a.nameVi, b.nameVi));
    return { items: rows.map(toDto) };
  }

  create(actor: Actor, input: DepartmentInput): Promise<DepartmentDto> {
    return this.save(actor, null, input);
  }

  update(actor: Actor, id: string, input: UpdateDepartmentInput): Promise<DepartmentDto> {
    return this.save(actor, id, input);
  }

  private async save(actor: Actor, id: string | null, input: Partial<DepartmentInput>): Promise<DepartmentDto> {
    try {
      return await this.db.transaction(async (em) => {
        const existing = id ? await em.findOne(Department, { where: { id }, lock: { mode: 'pessimistic_write' } }) : null;
        if (id && !existing) throw new NotFoundException('No such department');
        rejectNulls(input, ['code', 'nameVi', 'kind', 'contacts']);
        const before = existing ? plain(existing) : null;
        const row = existing ?? em.create(Department, { contacts: [] });
        if (input.code !== undefined) row.code = input.code;
        if (input.nameVi !== undefined) row.nameVi = input.nameVi;
        if (input.nameEn !== undefined) row.nameEn = input.nameEn ?? null;
        if (input.kind !== undefined) row.kind = input.kind;
        if (input.address !== undefined) row.address = localized(input.address);
        if (input.contacts !== undefined) {
          row.contacts = input.contacts.map((c) => ({ name: c.name, position: localized(c.position)!, phone: c.phone ?? null, email: c.email ?? null }));
        }
        if (input.office !== undefined) {
          row.officeLat = input.office?.lat ?? null;
          row.officeLng = input.office?.lng ?? null;
        }
        const saved = await em.save(row);
        await this.audit.record(em, actor, id ? 'update' : 'create', 'department', saved.id, diff(before, plain(saved)));
        if (id) await this.outbox.enqueueReferencing(em, 'department', id);
        return toDto(saved);
      });
    } catch (err) {
      if (isUniqueViolation(err)) throw new DuplicateError('department');
      throw err;
    }
  }
}

function plain(d: Department): Record<string, unknown> {
  const { createdAt: _c, updatedAt: _u, ...rest } = d;
  return JSON.parse(JSON.stringify(rest));
}

export function toDto(d: Department): DepartmentDto {
  return {
    id: d.id,
    code: d.code,
    kind: d.kind,
    name: { vi: d.nameVi, en: d.nameEn },
    office: d.officeLat !== null && d.officeLng !== null ? { lat: d.officeLat, lng: d.officeLng } : null,
    address: d.address ?? null,
    contacts: d.contacts ?? [],
  };
}
