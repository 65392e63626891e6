import { ConflictException, ForbiddenException, Inject, Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { AppConfig } from '../config/config.js';
import { APP_CONFIG } from '../config/config.module.js';
import type { DataSource, EntityManager } from 'typeorm';
import { In } from 'typeorm';
import type { Actor } from '../common/access.js';
import { AuditService, diff } from '../audit/audit.service.js';
import { MailService } from '../mail/mail.service.js';
import { decisionMails } from '../mail/workflow-mails.js';
import { changesSincePublication, contentSnapshot, type ChangesDto } from '../common/changes.js';
import { DuplicateError, FieldError, isUniqueViolation, rejectNulls } from '../common/errors.js';
import { localized, pick, type Lang, type Localized } from '../common/localized.js';
import { uniqueSlug } from '../common/pagination.js';
import { loadRefs } from '../common/references.js';
import {
  assertCanEdit,
  assertCanSee,
  assertTransition,
  assertVersion,
  statusAfterEdit,
  type Status,
  type Transition,
} from '../common/workflow.js';
import { Department } from '../departments/department.entity.js';
import { DocumentFile } from '../media/document.entity.js';
import { MediaService } from '../media/media.service.js';
import { OutboxService } from '../search-sync/outbox.service.js';
import { AdministrativeUnit, Sector } from '../taxonomies/taxonomy.entities.js';
import type { CreatePolicyDto, PolicyFieldsInput, UpdatePolicyDto } from './dto/policy-input.dto.js';
import type { PolicyDto, PolicyListDto, PublicPolicyCardDto, PublicPolicyDto, PublicPolicyListDto } from './dto/policy-output.dto.js';
import type { WorkspaceQueryDto } from '../common/query.dto.js';
import type { PublicPolicyQueryDto } from './dto/policy-query.dto.js';
import { Policy } from './policy.entity.js';
import { carryEnglishReview, policyEnglishParity } from '../scoring/completeness-input.js';

const RELATIONS = { department: true, sectors: true, units: true } as const;

/** Policies are never awarded: the public sees published ones only. */
const PUBLIC_STATUS: Status = 'published';

@Injectable()
export class PoliciesService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly audit: AuditService,
    private readonly media: MediaService,
    private readonly outbox: OutboxService,
    private readonly mail: MailService,
  ) {}

  // ---- public (published only) ----

  async listPublic(q: PublicPolicyQueryDto): Promise<PublicPolicyListDto> {
    const qb = this.db
      .getRepository(Policy)
      .createQueryBuilder('p')
      .leftJoinAndSelect('p.department', 'department')
      .leftJoinAndSelect('p.sectors', 'sector')
      .leftJoinAndSelect('p.units', 'unit')
      .where('p.status = :status', { status: PUBLIC_STATUS });
    if (q.sector) {
      qb.andWhere(
        'EXISTS (SELECT 1 FROM policy_sectors ps JOIN sectors s ON s.id = ps.sector_id WHERE ps.policy_id = p.id AND s.code = :sector)',
        { sector: q.sector },
      );
    }
    if (q.unit) {
      // A policy without units applies to the whole province, so it matches every unit.
      qb.andWhere(
        '(NOT EXISTS (SELECT 1 FROM policy_units pu0 WHERE pu0.policy_id = p.id)' +
          ' OR EXISTS (SELECT 1 FROM policy_units pu JOIN administrative_units au ON au.id = pu.unit_id WHERE pu.policy_id = p.id AND au.code = :unit))',
        { unit: q.unit },
      );
    }
    if (q.department) qb.andWhere('department.code = :department', { department: q.department });
    if (q.incentiveType) qb.andWhere(':type = ANY(p.incentive_types)', { type: q.incentiveType });
    qb.orderBy('p.published_at', 'DESC', 'NULLS LAST').addOrderBy('p.code', 'ASC');
    qb.skip((q.page - 1) * q.pageSize).take(q.pageSize);
    const [rows, total] = await qb.getManyAndCount();
    return { items: rows.map((p) => this.toCard(p, q.lang)), page: q.page, pageSize: q.pageSize, total };
  }

  async getPublic(slug: string, lang: Lang): Promise<PublicPolicyDto> {
    // Slugs are lower-case ASCII: anything else (NUL bytes included) cannot match one.
    if (!/^[a-z0-9-]{1,120}$/.test(slug)) throw new NotFoundException('No such published policy');
    const p = await this.db.getRepository(Policy).findOne({ where: { slug, status: PUBLIC_STATUS }, relations: RELATIONS });
    if (!p) throw new NotFoundException('No such published policy');
    const docs = await this.documentsOf(this.db.manager, p.id);
    const card = this.toCard(p, lang);
    const untranslated = new Set(card.untranslated);
    const body = pick(p.body, lang);
    if (body.fellBack) untranslated.add('body');
    const result: PublicPolicyDto = {
      ...card,
      body: body.text!,
      documents: docs.map((d) => ({
        id: d.id,
        kind: d.kind,
        title: pick(d.title, lang).text!,
        fileName: d.fileName,
        mimeType: d.mimeType,
        sizeBytes: d.sizeBytes,
        url: `/api/v1/documents/${d.id}`,
      })),
      updatedAt: p.updatedAt.toISOString(),
      untranslated: [],
    };
    result.untranslated = [...untranslated];
    return result;
  }

  private toCard(p: Policy, lang: Lang): PublicPolicyCardDto {
    const untranslated: string[] = [];
    const text = (field: string, value: Localized) => {
      const r = pick(value, lang);
      if (r.fellBack) untranslated.push(field);
      return r.text!;
    };
    const term = (t: { code: string; nameVi: string; nameEn: string | null }) => ({
      code: t.code,
      name: pick({ vi: t.nameVi, en: t.nameEn }, lang).text!,
    });
    return {
      slug: p.slug,
      code: p.code,
      lang,
      title: text('title', p.title),
      summary: text('summary', p.summary),
      legalBasis: { number: p.legalNumber, issuer: text('legalBasis.issuer', p.legalIssuer), date: p.legalDate },
      validFrom: p.validFrom,
      validTo: p.validTo,
      incentiveTypes: [...p.incentiveTypes],
      sectors: (p.sectors ?? []).map(term).sort((a, b) => a.code.localeCompare(b.code)),
      units: (p.units ?? []).map(term).sort((a, b) => a.code.localeCompare(b.code)),
      department: term(p.department!),
      publishedAt: p.publishedAt?.toISOString() ?? null,
      untranslated,
    };
  }

  // ---- workspace ----

  async list(actor: Actor, q: WorkspaceQueryDto): Promise<PolicyListDto> {
    // Officers see their own department only, whatever they ask for (BOLA).
    const departmentId = actor.role === 'officer' ? actor.departmentId! : q.departmentId;
    const where = { ...(departmentId ? { departmentId } : {}), ...(q.status ? { status: q.status } : {}) };
    const [rows, total] = await this.db.getRepository(Policy).findAndCount({
      where,
      relations: RELATIONS,
      order: { updatedAt: 'DESC', code: 'ASC' },
      skip: (q.page - 1) * q.pageSize,
      take: q.pageSize,
    });
    const docs = await this.documentsOf(this.db.manager, rows.map((r) => r.id));
    return { items: rows.map((r) => this.toDto(r, docs)), page: q.page, pageSize: q.pageSize, total };
  }

  async get(actor: Actor, id: string): Promise<PolicyDto> {
    const p = await this.db.getRepository(Policy).findOne({ where: { id }, relations: RELATIONS });
    assertCanSee(actor, p, 'policy');
    return this.toDto(p as Policy, await this.documentsOf(this.db.manager, id));
  }

  /** What changed since the board last published it: the review queue shows this for updates. */
  async changes(actor: Actor, id: string): Promise<ChangesDto> {
    const item = await this.db.getRepository(Policy).findOne({ where: { id }, relations: RELATIONS });
    assertCanSee(actor, item, 'policy');
    return changesSincePublication(snapshot(item as Policy), (item as Policy).publishedSnapshot, (item as Policy).publishedAt);
  }

  async create(actor: Actor, dto: CreatePolicyDto): Promise<PolicyDto> {
    let departmentId: string;
    if (actor.role === 'officer') {
      if (dto.departmentId && dto.departmentId !== actor.departmentId) {
        throw new ForbiddenException('Officers create policies for their own department only');
      }
      departmentId = actor.departmentId!;
    } else {
      if (!dto.departmentId) throw new FieldError('departmentId', 'departmentId is required when an administrator creates a policy');
      departmentId = dto.departmentId;
    }
    const id = await this.write(async (em) => {
      await loadRefs(em, Department, [departmentId], 'departmentId');
      const policy = em.create(Policy, { departmentId, status: 'draft', sectors: [], units: [] });
      await this.apply(em, policy, dto);
      const saved = await em.save(policy);
      await this.audit.record(em, actor, 'create', 'policy', saved.id, diff(null, snapshot(saved)));
      return saved.id;
    });
    return this.get(actor, id);
  }

  async update(actor: Actor, id: string, dto: UpdatePolicyDto): Promise<PolicyDto> {
    await this.write(async (em) => {
      const policy = await this.lock(em, id);
      assertCanEdit(actor, policy, 'policy');
      assertVersion(policy.version, dto.version, 'policy');
      const before = snapshot(policy);
      const { version: _version, ...changes } = dto;
      await this.apply(em, policy, changes);
      policy.status = statusAfterEdit(policy.status);
      const saved = await em.save(policy);
      await this.audit.record(em, actor, 'update', 'policy', id, diff(before, snapshot(saved)));
      await this.publicChange(em, id, before.status as Status, saved.status);
    });
    return this.get(actor, id);
  }

  async transition(actor: Actor, id: string, transition: Transition, comment?: string, version?: number): Promise<PolicyDto> {
    // The shared workflow knows "award" (for projects); a policy has no investor to award.
    if (transition === 'award') throw new ConflictException('A policy cannot be awarded');
    await this.write(async (em) => {
      const policy = await this.lock(em, id);
      const before = snapshot(policy);
      const to = assertTransition(actor, policy, transition, 'policy');
      if (version !== undefined) assertVersion(policy.version, version, 'policy');
      policy.status = to;
      carryEnglishReview(policy);
      const now = new Date();
      if (transition === 'submit') policy.submittedAt = now;
      if (transition === 'reject') policy.reviewComment = comment!.trim();
      if (transition === 'publish') {
        policy.publishedAt = policy.publishedAt ?? now;
        policy.reviewComment = null;
        policy.publishedSnapshot = contentSnapshot(snapshot(policy));
      }
      const saved = await em.save(policy);
      await this.audit.record(em, actor, transition, 'policy', id, diff(before, snapshot(saved)));
      await this.publicChange(em, id, before.status as Status, saved.status);
      await this.mail.enqueue(em, await decisionMails(em, transition, { type: 'policy', ...saved }, this.config.publicUrl));
    });
    return this.get(actor, id);
  }

  /** Only drafts are deleted; anything that was ever published is archived instead. */
  async remove(actor: Actor, id: string): Promise<void> {
    const keys = await this.write(async (em) => {
      const policy = await this.lock(em, id);
      assertCanEdit(actor, policy, 'policy');
      if (policy.status !== 'draft' || policy.publishedAt) {
        throw new ConflictException('Only drafts that were never published can be deleted; archive the policy instead');
      }
      const [{ links }] = await em.query('SELECT count(*)::int AS links FROM project_policies WHERE policy_id = $1', [id]);
      if (links > 0) throw new ConflictException(`${links} project(s) link this policy: unlink them first`);
      const before = snapshot(policy);
      const files = await this.media.detachAll(em, actor, 'policy', id);
      await em.delete(Policy, { id });
      await this.audit.record(em, actor, 'delete', 'policy', id, diff(before, null));
      return files;
    });
    await this.media.purge(keys);
  }

  // ---- helpers ----

  /** In the same transaction: when the public view may have changed, the search index must follow. */
  private async publicChange(em: EntityManager, id: string, before: Status, after: Status): Promise<void> {
    if (before === PUBLIC_STATUS || after === PUBLIC_STATUS) await this.outbox.enqueue(em, 'policy', id);
  }

  private async write<T>(work: (em: EntityManager) => Promise<T>): Promise<T> {
    try {
      return await this.db.transaction(work);
    } catch (err) {
      if (isUniqueViolation(err)) throw new DuplicateError('policy');
      throw err;
    }
  }

  private async lock(em: EntityManager, id: string): Promise<Policy> {
    const policy = await em.findOne(Policy, { where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!policy) throw new NotFoundException('No such policy');
    // Row locked first: PostgreSQL refuses FOR UPDATE across the outer joins that relations need.
    const links = await em.findOne(Policy, { where: { id }, relations: { sectors: true, units: true } });
    policy.sectors = links!.sectors;
    policy.units = links!.units;
    return policy;
  }

  /** Copies the officer-writable fields that are present in `input` onto the entity, checking references and dates. */
  private async apply(em: EntityManager, p: Policy, input: Partial<PolicyFieldsInput>): Promise<void> {
    rejectNulls(input, ['code', 'slug', 'title', 'summary', 'body', 'legalBasis', 'incentiveTypes']);
    if (input.code !== undefined) p.code = input.code;
    if (input.title !== undefined) p.title = localized(input.title)!;
    if (input.slug !== undefined) p.slug = input.slug;
    else if (!p.slug && p.title) p.slug = await uniqueSlug((slug) => em.getRepository(Policy).existsBy({ slug }), p.title.vi, p.code);
    if (input.summary !== undefined) p.summary = localized(input.summary)!;
    if (input.body !== undefined) p.body = localized(input.body)!;
    if (input.legalBasis !== undefined) {
      p.legalNumber = input.legalBasis.number;
      p.legalIssuer = localized(input.legalBasis.issuer)!;
      p.legalDate = input.legalBasis.date;
    }
    if (input.validFrom !== undefined) p.validFrom = input.validFrom ?? null;
    if (input.validTo !== undefined) p.validTo = input.validTo ?? null;
    if (p.validFrom && p.validTo && p.validFrom > p.validTo) {
      throw new FieldError('validTo', `validTo (${p.validTo}) must not be before validFrom (${p.validFrom})`);
    }
    if (input.incentiveTypes !== undefined) p.incentiveTypes = [...new Set(input.incentiveTypes)];
    if (input.sectorIds !== undefined) p.sectors = await loadRefs(em, Sector, input.sectorIds, 'sectorIds');
    if (input.unitIds !== undefined) p.units = await loadRefs(em, AdministrativeUnit, input.unitIds, 'unitIds');
  }

  private async documentsOf(em: EntityManager, ids: string | string[]): Promise<DocumentFile[]> {
    const list = Array.isArray(ids) ? ids : [ids];
    if (!list.length) return [];
    return em.getRepository(DocumentFile).find({ where: { ownerType: 'policy', ownerId: In(list) }, order: { createdAt: 'ASC' } });
  }

  private toDto(p: Policy, docs: DocumentFile[]): PolicyDto {
    const term = (t: { id: string; code: string; nameVi: string; nameEn: string | null }) => ({
      id: t.id,
      code: t.code,
      name: { vi: t.nameVi, en: t.nameEn },
    });
    return {
      id: p.id,
      code: p.code,
      slug: p.slug,
      status: p.status,
      version: p.version,
      reviewComment: p.reviewComment,
      department: term(p.department!),
      title: p.title,
      summary: p.summary,
      body: p.body,
      legalBasis: { number: p.legalNumber, issuer: p.legalIssuer, date: p.legalDate },
      validFrom: p.validFrom,
      validTo: p.validTo,
      incentiveTypes: [...p.incentiveTypes],
      sectors: (p.sectors ?? []).map(term).sort((a, b) => a.code.localeCompare(b.code)),
      units: (p.units ?? []).map((u) => ({ ...term(u), legacyName: u.legacyName })).sort((a, b) => a.code.localeCompare(b.code)),
      documents: docs
        .filter((d) => d.ownerId === p.id)
        .map((d) => ({ id: d.id, kind: d.kind, title: d.title, fileName: d.fileName, mimeType: d.mimeType, sizeBytes: d.sizeBytes, url: `/api/v1/documents/${d.id}` })),
      submittedAt: p.submittedAt?.toISOString() ?? null,
      publishedAt: p.publishedAt?.toISOString() ?? null,
      createdAt: p.createdAt.toISOString(),
      updatedAt: p.updatedAt.toISOString(),
      englishParity: policyEnglishParity(p),
    };
  }
}

/** The audited view of a policy: its own columns plus linked ids. */
export function snapshot(p: Policy): Record<string, unknown> {
  const { sectors, units, department: _d, createdAt: _c, updatedAt: _up, publishedSnapshot: _ps, ...columns } = p;
  return {
    ...JSON.parse(JSON.stringify(columns)),
    sectorIds: (sectors ?? []).map((s) => s.id).sort(),
    unitIds: (units ?? []).map((u) => u.id).sort(),
  };
}
