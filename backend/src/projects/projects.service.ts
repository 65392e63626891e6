import { ConflictException, ForbiddenException, Inject, Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
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
  PUBLIC_STATUSES,
  statusAfterEdit,
  type Transition,
  type Status,
} from '../common/workflow.js';
import type { AppConfig } from '../config/config.js';
import { APP_CONFIG } from '../config/config.module.js';
import { Department } from '../departments/department.entity.js';
import { DocumentFile } from '../media/document.entity.js';
import { MediaService } from '../media/media.service.js';
import { OutboxService } from '../search-sync/outbox.service.js';
import { Policy } from '../policies/policy.entity.js';
import { freshness } from '../quality/freshness.js';
import { carryEnglishReview, projectCompleteness, projectEnglishParity } from '../scoring/completeness-input.js';
import { AdministrativeUnit, InvestmentForm, Sector } from '../taxonomies/taxonomy.entities.js';
import type { CreateProjectDto, LandPlotInput, ProjectFieldsInput, UpdateProjectDto } from './dto/project-input.dto.js';
import type {
  ProjectDto,
  ProjectListDto,
  PublicProjectCardDto,
  PublicProjectDto,
  PublicProjectListDto,
} from './dto/project-output.dto.js';
import type { WorkspaceQueryDto } from '../common/query.dto.js';
import type { PublicProjectQueryDto } from './dto/project-query.dto.js';
import { Project } from './project.entity.js';
import { BadLandPlotError, OutsideProvinceError } from './projects.errors.js';

const RELATIONS = { department: true, sectors: true, unit: true, investmentForm: true, policies: true } as const;

@Injectable()
export class ProjectsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly audit: AuditService,
    private readonly media: MediaService,
    private readonly outbox: OutboxService,
    private readonly mail: MailService,
  ) {}

  // ---- public (published and awarded only) ----

  async listPublic(q: PublicProjectQueryDto): Promise<PublicProjectListDto> {
    const qb = this.db
      .getRepository(Project)
      .createQueryBuilder('p')
      .leftJoinAndSelect('p.department', 'department')
      .leftJoinAndSelect('p.unit', 'unit')
      .leftJoinAndSelect('p.sectors', 'sector')
      .where('p.status IN (:...statuses)', { statuses: PUBLIC_STATUSES });
    if (q.sector) {
      qb.andWhere(
        'EXISTS (SELECT 1 FROM project_sectors ps JOIN sectors s ON s.id = ps.sector_id WHERE ps.project_id = p.id AND s.code = :sector)',
        { sector: q.sector },
      );
    }
    if (q.unit) qb.andWhere('unit.code = :unit', { unit: q.unit });
    if (q.department) qb.andWhere('department.code = :department', { department: q.department });
    if (q.featured !== undefined) qb.andWhere('p.featured = :featured', { featured: q.featured });
    qb.orderBy('p.published_at', 'DESC', 'NULLS LAST').addOrderBy('p.code', 'ASC');
    qb.skip((q.page - 1) * q.pageSize).take(q.pageSize);
    const [rows, total] = await qb.getManyAndCount();
    return { items: rows.map((p) => this.toCard(p, q.lang)), page: q.page, pageSize: q.pageSize, total };
  }

  async getPublic(slug: string, lang: Lang): Promise<PublicProjectDto> {
    // Slugs are lower-case ASCII: anything else (NUL bytes included) cannot match one.
    if (!/^[a-z0-9-]{1,120}$/.test(slug)) throw new NotFoundException('No such published project');
    const p = await this.db.getRepository(Project).findOne({ where: { slug, status: In([...PUBLIC_STATUSES]) }, relations: RELATIONS });
    if (!p) throw new NotFoundException('No such published project');
    const docs = await this.documentsOf(this.db.manager, p.id);
    const card = this.toCard(p, lang);
    const untranslated = new Set(card.untranslated);
    const text = (field: string, value: Localized | null) => {
      const r = pick(value, lang);
      if (r.fellBack) untranslated.add(field);
      return r.text;
    };
    const position = p.contact ? pick(p.contact.position, lang) : null;
    if (position?.fellBack) untranslated.add('contact.position');
    const publicPolicies = (p.policies ?? []).filter((x) => PUBLIC_STATUSES.includes(x.status));
    const result: PublicProjectDto = {
      ...card,
      description: text('description', p.description)!,
      landStatus: text('landStatus', p.landStatus),
      infrastructure: text('infrastructure', p.infrastructure),
      timeline: text('timeline', p.timeline),
      objectives: text('objectives', p.objectives),
      investmentForm: p.investmentForm
        ? { code: p.investmentForm.code, name: pick({ vi: p.investmentForm.nameVi, en: p.investmentForm.nameEn }, lang).text! }
        : null,
      unitLegacyName: p.unit?.legacyName ?? null,
      landPlot: p.landPlot,
      contact: p.contact ? { name: p.contact.name, position: position!.text!, phone: p.contact.phone, email: p.contact.email } : null,
      policies: publicPolicies.map((x) => ({ slug: x.slug, title: pick(x.title, lang).text! })),
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
      completeness: projectCompleteness(p, { policyCount: (p.policies ?? []).length, documentCount: docs.length }).score,
      outdated: freshness(p.lastVerifiedAt, p.publishedAt, new Date(), this.config.freshness).state === 'stale',
      untranslated: [],
    };
    result.untranslated = [...untranslated];
    return result;
  }

  private toCard(p: Project, lang: Lang): PublicProjectCardDto {
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
    const capital = p.capitalVnd
      ? {
          vnd: p.capitalVnd,
          usd: Math.round(Number(p.capitalVnd) / this.config.usdRate.vndPerUsd),
          vndPerUsd: this.config.usdRate.vndPerUsd,
          rateDate: this.config.usdRate.date,
        }
      : null;
    return {
      slug: p.slug,
      code: p.code,
      lang,
      status: p.status as 'published' | 'awarded',
      title: text('title', p.title),
      summary: text('summary', p.summary),
      sectors: (p.sectors ?? []).map(term).sort((a, b) => a.code.localeCompare(b.code)),
      unit: term(p.unit!),
      department: term(p.department!),
      location: { lat: p.lat, lng: p.lng },
      areaHa: p.areaHa === null ? null : Number(p.areaHa),
      capital,
      landStatusKind: p.landStatusKind,
      featured: p.featured,
      lastVerifiedAt: p.lastVerifiedAt?.toISOString() ?? null,
      publishedAt: p.publishedAt?.toISOString() ?? null,
      untranslated,
    };
  }

  // ---- workspace ----

  async list(actor: Actor, q: WorkspaceQueryDto): Promise<ProjectListDto> {
    // Officers see their own department only, whatever they ask for (BOLA).
    const departmentId = actor.role === 'officer' ? actor.departmentId! : q.departmentId;
    const where = { ...(departmentId ? { departmentId } : {}), ...(q.status ? { status: q.status } : {}) };
    const [rows, total] = await this.db.getRepository(Project).findAndCount({
      where,
      relations: RELATIONS,
      order: { updatedAt: 'DESC', code: 'ASC' },
      skip: (q.page - 1) * q.pageSize,
      take: q.pageSize,
    });
    const docs = await this.documentsOf(this.db.manager, rows.map((r) => r.id));
    return { items: rows.map((r) => this.toDto(r, docs)), page: q.page, pageSize: q.pageSize, total };
  }

  async get(actor: Actor, id: string): Promise<ProjectDto> {
    const p = await this.db.getRepository(Project).findOne({ where: { id }, relations: RELATIONS });
    assertCanSee(actor, p, 'project');
    return this.toDto(p as Project, await this.documentsOf(this.db.manager, id));
  }

  /** What changed since the board last published it: the review queue shows this for updates. */
  async changes(actor: Actor, id: string): Promise<ChangesDto> {
    const item = await this.db.getRepository(Project).findOne({ where: { id }, relations: RELATIONS });
    assertCanSee(actor, item, 'project');
    return changesSincePublication(snapshot(item as Project), (item as Project).publishedSnapshot, (item as Project).publishedAt);
  }

  async create(actor: Actor, dto: CreateProjectDto): Promise<ProjectDto> {
    let departmentId: string;
    if (actor.role === 'officer') {
      if (dto.departmentId && dto.departmentId !== actor.departmentId) {
        throw new ForbiddenException('Officers create projects for their own department only');
      }
      departmentId = actor.departmentId!;
    } else {
      if (!dto.departmentId) throw new FieldError('departmentId', 'departmentId is required when an administrator creates a project');
      departmentId = dto.departmentId;
    }
    const id = await this.write(async (em) => {
      await loadRefs(em, Department, [departmentId], 'departmentId');
      const project = em.create(Project, { departmentId, status: 'draft', lastVerifiedAt: new Date() });
      await this.apply(em, project, dto);
      const saved = await em.save(project);
      await this.audit.record(em, actor, 'create', 'project', saved.id, diff(null, snapshot(saved)));
      return saved.id;
    });
    return this.get(actor, id);
  }

  async update(actor: Actor, id: string, dto: UpdateProjectDto): Promise<ProjectDto> {
    await this.write(async (em) => {
      const project = await this.lock(em, id);
      assertCanEdit(actor, project, 'project');
      assertVersion(project.version, dto.version, 'project');
      const before = snapshot(project);
      const { version: _version, ...changes } = dto;
      await this.apply(em, project, changes);
      project.status = statusAfterEdit(project.status);
      const saved = await em.save(project);
      await this.audit.record(em, actor, 'update', 'project', id, diff(before, snapshot(saved)));
      await this.publicChange(em, id, before.status as Status, saved.status);
    });
    return this.get(actor, id);
  }

  async transition(actor: Actor, id: string, transition: Transition, comment?: string, version?: number): Promise<ProjectDto> {
    await this.write(async (em) => {
      const project = await this.lock(em, id);
      const before = snapshot(project);
      const to = assertTransition(actor, project, transition, 'project');
      if (version !== undefined) assertVersion(project.version, version, 'project');
      project.status = to;
      carryEnglishReview(project);
      const now = new Date();
      if (transition === 'submit') project.submittedAt = now;
      if (transition === 'reject') project.reviewComment = comment!.trim();
      if (transition === 'publish') {
        project.publishedAt = project.publishedAt ?? now;
        project.reviewComment = null;
        project.publishedSnapshot = contentSnapshot(snapshot(project));
        // The board has just approved this content: it counts as confirmed today (freshness restarts).
        project.lastVerifiedAt = now;
        project.freshnessRemindedAt = null;
        project.freshnessEscalatedAt = null;
      }
      const saved = await em.save(project);
      await this.audit.record(em, actor, transition, 'project', id, diff(before, snapshot(saved)));
      await this.publicChange(em, id, before.status as Status, saved.status);
      await this.mail.enqueue(em, await decisionMails(em, transition, { type: 'project', ...saved }, this.config.publicUrl));
    });
    return this.get(actor, id);
  }

  /** "Still current": an officer of the department (or the board) confirms the information today. */
  async verify(actor: Actor, id: string): Promise<ProjectDto> {
    await this.write(async (em) => {
      const project = await this.lock(em, id);
      assertCanSee(actor, project, 'project');
      if (project.status === 'archived') throw new ConflictException('An archived project cannot be confirmed as current');
      const before = snapshot(project);
      project.lastVerifiedAt = new Date();
      // A new confirmation: the freshness job may remind (and escalate) once more when it ages again.
      project.freshnessRemindedAt = null;
      project.freshnessEscalatedAt = null;
      carryEnglishReview(project);
      const saved = await em.save(project);
      await this.audit.record(em, actor, 'verify', 'project', id, diff(before, snapshot(saved)));
      await this.publicChange(em, id, before.status as Status, saved.status);
    });
    return this.get(actor, id);
  }

  /** Editorial board only (the controller's role check); the public list and the index follow. */
  async feature(actor: Actor, id: string, featured: boolean): Promise<ProjectDto> {
    await this.write(async (em) => {
      const project = await this.lock(em, id);
      assertCanSee(actor, project, 'project');
      if (featured && !PUBLIC_STATUSES.includes(project.status)) {
        throw new ConflictException('Only a published call for investment can be featured');
      }
      if (project.featured === featured) return;
      const before = snapshot(project);
      project.featured = featured;
      carryEnglishReview(project);
      const saved = await em.save(project);
      await this.audit.record(em, actor, featured ? 'feature' : 'unfeature', 'project', id, diff(before, snapshot(saved)));
      await this.publicChange(em, id, before.status as Status, saved.status);
    });
    return this.get(actor, id);
  }

  /** Only drafts are deleted; anything that was ever submitted is archived instead. */
  async remove(actor: Actor, id: string): Promise<void> {
    const keys = await this.write(async (em) => {
      const project = await this.lock(em, id);
      assertCanEdit(actor, project, 'project');
      if (project.status !== 'draft' || project.publishedAt) {
        throw new ConflictException('Only drafts that were never published can be deleted; archive the project instead');
      }
      const before = snapshot(project);
      const files = await this.media.detachAll(em, actor, 'project', id);
      await em.delete(Project, { id });
      await this.audit.record(em, actor, 'delete', 'project', id, diff(before, null));
      return files;
    });
    await this.media.purge(keys);
  }

  // ---- helpers ----

  /** In the same transaction: when the public view may have changed, the search index must follow. */
  private async publicChange(em: EntityManager, id: string, before: Status, after: Status): Promise<void> {
    if (PUBLIC_STATUSES.includes(before) || PUBLIC_STATUSES.includes(after)) await this.outbox.enqueue(em, 'project', id);
  }

  private async write<T>(work: (em: EntityManager) => Promise<T>): Promise<T> {
    try {
      return await this.db.transaction(work);
    } catch (err) {
      if (isUniqueViolation(err)) throw new DuplicateError('project');
      throw err;
    }
  }

  private async lock(em: EntityManager, id: string): Promise<Project> {
    const project = await em.findOne(Project, { where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!project) throw new NotFoundException('No such project');
    // Row locked first: PostgreSQL refuses FOR UPDATE across the outer joins that relations need.
    const links = await em.findOne(Project, { where: { id }, relations: { sectors: true, policies: true } });
    project.sectors = links!.sectors;
    project.policies = links!.policies;
    return project;
  }

  /** Copies the officer-writable fields that are present in `input` onto the entity, checking references and geography. */
  private async apply(em: EntityManager, p: Project, input: Partial<ProjectFieldsInput>): Promise<void> {
    rejectNulls(input, ['code', 'slug', 'title', 'summary', 'description', 'sectorIds', 'unitId', 'location']);
    if (input.code !== undefined) p.code = input.code;
    if (input.title !== undefined) p.title = localized(input.title)!;
    if (input.slug !== undefined) p.slug = input.slug;
    else if (!p.slug && p.title) p.slug = await uniqueSlug((slug) => em.getRepository(Project).existsBy({ slug }), p.title.vi, p.code);
    if (input.summary !== undefined) p.summary = localized(input.summary)!;
    if (input.description !== undefined) p.description = localized(input.description)!;
    if (input.landStatus !== undefined) p.landStatus = localized(input.landStatus);
    if (input.landStatusKind !== undefined) p.landStatusKind = input.landStatusKind;
    if (input.infrastructure !== undefined) p.infrastructure = localized(input.infrastructure);
    if (input.timeline !== undefined) p.timeline = localized(input.timeline);
    if (input.objectives !== undefined) p.objectives = localized(input.objectives);
    if (input.sectorIds !== undefined) p.sectors = await loadRefs(em, Sector, input.sectorIds, 'sectorIds');
    if (input.unitId !== undefined) p.unitId = (await loadRefs(em, AdministrativeUnit, [input.unitId], 'unitId'))[0]!.id;
    if (input.investmentFormId !== undefined) {
      p.investmentFormId = input.investmentFormId
        ? (await loadRefs(em, InvestmentForm, [input.investmentFormId], 'investmentFormId'))[0]!.id
        : null;
    }
    if (input.policyIds !== undefined) p.policies = await this.linkablePolicies(em, p.departmentId, input.policyIds);
    if (input.location !== undefined) {
      if (!this.inProvince(input.location.lat, input.location.lng)) throw new OutsideProvinceError('location');
      p.lat = input.location.lat;
      p.lng = input.location.lng;
    }
    if (input.landPlot !== undefined) p.landPlot = input.landPlot ? this.checkLandPlot(input.landPlot) : null;
    if (input.areaHa !== undefined) p.areaHa = input.areaHa === null ? null : String(input.areaHa);
    if (input.capitalVnd !== undefined) p.capitalVnd = input.capitalVnd;
    if (input.contact !== undefined) {
      p.contact = input.contact
        ? { name: input.contact.name, position: localized(input.contact.position)!, phone: input.contact.phone ?? null, email: input.contact.email ?? null }
        : null;
    }
  }

  /**
   * Published policies, or unpublished ones of the project's own department. Unknown and
   * unavailable ids get the same answer, so ids of other departments' drafts cannot be probed.
   */
  private async linkablePolicies(em: EntityManager, departmentId: string, ids: string[]): Promise<Policy[]> {
    const unique = [...new Set(ids)];
    if (!unique.length) return [];
    const rows = await em.getRepository(Policy).findBy({ id: In(unique) });
    const usable = rows.filter((x) => x.status === 'published' || x.departmentId === departmentId);
    if (usable.length !== unique.length) {
      throw new FieldError('policyIds', 'policyIds contains ids that are unknown or not available to this project');
    }
    return unique.map((id) => usable.find((x) => x.id === id)!);
  }

  private inProvince(lat: number, lng: number): boolean {
    const b = this.config.provinceBounds;
    return lat >= b.minLat && lat <= b.maxLat && lng >= b.minLng && lng <= b.maxLng;
  }

  private checkLandPlot(plot: LandPlotInput): Project['landPlot'] {
    const ring = plot.coordinates[0];
    if (!Array.isArray(ring) || ring.length < 4 || ring.length > 500) throw new BadLandPlotError('must be one ring of 4 to 500 points');
    for (const point of ring) {
      if (!Array.isArray(point) || point.length !== 2 || !point.every((n) => typeof n === 'number' && Number.isFinite(n))) {
        throw new BadLandPlotError('points must be [longitude, latitude] number pairs');
      }
      if (!this.inProvince(point[1], point[0])) throw new OutsideProvinceError('landPlot');
    }
    const [first, last] = [ring[0]!, ring[ring.length - 1]!];
    if (first[0] !== last[0] || first[1] !== last[1]) throw new BadLandPlotError('ring must be closed (first point = last point)');
    return { type: 'Polygon', coordinates: [ring.map(([lng, lat]) => [lng, lat] as [number, number])] };
  }

  private async documentsOf(em: EntityManager, ids: string | string[]): Promise<DocumentFile[]> {
    const list = Array.isArray(ids) ? ids : [ids];
    if (!list.length) return [];
    return em.getRepository(DocumentFile).find({ where: { ownerType: 'project', ownerId: In(list) }, order: { createdAt: 'ASC' } });
  }

  private toDto(p: Project, docs: DocumentFile[]): ProjectDto {
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
      description: p.description,
      landStatus: p.landStatus,
      landStatusKind: p.landStatusKind,
      featured: p.featured,
      infrastructure: p.infrastructure,
      timeline: p.timeline,
      objectives: p.objectives,
      sectors: (p.sectors ?? []).map(term).sort((a, b) => a.code.localeCompare(b.code)),
      unit: { ...term(p.unit!), legacyName: p.unit!.legacyName },
      investmentForm: p.investmentForm ? term(p.investmentForm) : null,
      policies: (p.policies ?? []).map((x) => ({ id: x.id, slug: x.slug, title: x.title })),
      location: { lat: p.lat, lng: p.lng },
      landPlot: p.landPlot,
      areaHa: p.areaHa === null ? null : Number(p.areaHa),
      capitalVnd: p.capitalVnd,
      contact: p.contact,
      documents: docs
        .filter((d) => d.ownerId === p.id)
        .map((d) => ({ id: d.id, kind: d.kind, title: d.title, fileName: d.fileName, mimeType: d.mimeType, sizeBytes: d.sizeBytes, url: `/api/v1/documents/${d.id}` })),
      lastVerifiedAt: p.lastVerifiedAt?.toISOString() ?? null,
      submittedAt: p.submittedAt?.toISOString() ?? null,
      publishedAt: p.publishedAt?.toISOString() ?? null,
      createdAt: p.createdAt.toISOString(),
      updatedAt: p.updatedAt.toISOString(),
      completeness: (({ score, missing }) => ({ score, missing }))(
        projectCompleteness(p, { policyCount: (p.policies ?? []).length, documentCount: docs.filter((d) => d.ownerId === p.id).length }),
      ),
      englishParity: projectEnglishParity(p),
    };
  }
}

/** The audited view of a project: its own columns plus linked ids. */
export function snapshot(p: Project): Record<string, unknown> {
  const { sectors, policies, department: _d, unit: _u, investmentForm: _i, createdAt: _c, updatedAt: _up, publishedSnapshot: _ps, ...columns } = p;
  return {
    ...JSON.parse(JSON.stringify(columns)),
    sectorIds: (sectors ?? []).map((s) => s.id).sort(),
    policyIds: (policies ?? []).map((x) => x.id).sort(),
  };
}
