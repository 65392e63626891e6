import { Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityTarget } from 'typeorm';
import type { Actor } from '../common/access.js';
import { AuditService, diff } from '../audit/audit.service.js';
import { OutboxService } from '../search-sync/outbox.service.js';
import { DuplicateError, FieldError, isUniqueViolation, rejectNulls } from '../common/errors.js';
import type { RefDto } from '../common/refs.dto.js';
import type { TaxonomiesDto, TermInput, UnitDto, UnitInput, UpdateTermInput, UpdateUnitInput } from './dto/taxonomy.dto.js';
import { AdministrativeUnit, InvestmentForm, Sector } from './taxonomy.entities.js';

const collator = new Intl.Collator('vi');
type TermEntity = typeof Sector | typeof InvestmentForm;
const AUDIT_TYPE = new Map<unknown, string>([
  [Sector, 'sector'],
  [InvestmentForm, 'investment_form'],
  [AdministrativeUnit, 'administrative_unit'],
]);

@Injectable()
export class TaxonomiesService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
    private readonly outbox: OutboxService,
  ) {}

  async all(): Promise<TaxonomiesDto> {
    const [sectors, forms, units] = await Promise.all([
      this.db.getRepository(Sector).find(),
      this.db.getRepository(InvestmentForm).find(),
      this.db.getRepository(AdministrativeUnit).find(),
    ]);
    const byName = (a: { nameVi: string }, b: { nameVi: string }) => collator.compare(a.nameVi, b.nameVi);
    return {
      sectors: sectors.sort(byName).map(toRef),
      investmentForms: forms.sort(byName).map(toRef),
      // The province first, then its wards and communes by name.
      units: units.sort((a, b) => (a.parentId === null ? -1 : b.parentId === null ? 1 : byName(a, b))).map(toUnit),
    };
  }

  createTerm(actor: Actor, entity: TermEntity, input: TermInput): Promise<RefDto> {
    return this.save(actor, entity, null, input).then(toRef);
  }

  updateTerm(actor: Actor, entity: TermEntity, id: string, input: UpdateTermInput): Promise<RefDto> {
    return this.save(actor, entity, id, input).then(toRef);
  }

  async createUnit(actor: Actor, input: UnitInput): Promise<UnitDto> {
    return toUnit(await this.save(actor, AdministrativeUnit, null, input));
  }

  async updateUnit(actor: Actor, id: string, input: UpdateUnitInput): Promise<UnitDto> {
    if (input.parentId && input.parentId === id) throw new FieldError('parentId', 'A unit cannot be its own parent');
    return toUnit(await this.save(actor, AdministrativeUnit, id, input));
  }

  private async save<T extends Sector | InvestmentForm | AdministrativeUnit>(
    actor: Actor,
    entity: EntityTarget<T>,
    id: string | null,
    input: Partial<UnitInput>,
  ): Promise<T> {
    try {
      return await this.db.transaction(async (em) => {
        const repo = em.getRepository(entity);
        rejectNulls(input, ['code', 'nameVi', 'kind']);
        const existing = id ? await repo.findOne({ where: { id } as never, lock: { mode: 'pessimistic_write' } }) : null;
        if (id && !existing) throw new NotFoundException('No such taxonomy term');
        if (input.parentId) {
          const parent = await em.getRepository(AdministrativeUnit).findOneBy({ id: input.parentId });
          if (!parent) throw new FieldError('parentId', 'parentId is not a known administrative unit');
          // Walk up from the new parent: meeting this unit again would make a cycle.
          for (let up: AdministrativeUnit | null = parent, depth = 0; up && depth < 20; depth++) {
            if (id && up.id === id) throw new FieldError('parentId', 'parentId would make a unit its own ancestor');
            up = up.parentId ? await em.getRepository(AdministrativeUnit).findOneBy({ id: up.parentId }) : null;
          }
        }
        const before = existing ? { ...existing } : null;
        const row = existing ?? repo.create();
        Object.assign(row, Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined)));
        const saved = await repo.save(row);
        const { createdAt: _c, updatedAt: _u, ...after } = saved as T & { createdAt: Date; updatedAt: Date };
        const b = before ? (({ createdAt: _bc, updatedAt: _bu, ...rest }) => rest)(before as T & { createdAt: Date; updatedAt: Date }) : null;
        await this.audit.record(em, actor, id ? 'update' : 'create', AUDIT_TYPE.get(entity)!, saved.id, diff(b, after));
        if (id) await this.outbox.enqueueReferencing(em, entity === Sector ? 'sector' : entity === InvestmentForm ? 'form' : 'unit', id);
        return saved;
      });
    } catch (err) {
      if (isUniqueViolation(err)) throw new DuplicateError('term');
      throw err;
    }
  }
}

function toRef(t: Sector | InvestmentForm | AdministrativeUnit): RefDto {
  return { id: t.id, code: t.code, name: { vi: t.nameVi, en: t.nameEn } };
}

function toUnit(u: AdministrativeUnit): UnitDto {
  return { ...toRef(u), kind: u.kind, parentId: u.parentId, legacyName: u.legacyName };
}
