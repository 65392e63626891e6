import { Inject, Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { In, type DataSource } from 'typeorm';
import type { Actor } from '../common/access.js';
import { AuditService } from '../audit/audit.service.js';
import { pick, type Lang } from '../common/localized.js';
import { assertCanSee, assertVersion, PUBLIC_STATUSES } from '../common/workflow.js';
import type { AppConfig } from '../config/config.js';
import { APP_CONFIG } from '../config/config.module.js';
import { DocumentFile } from '../media/document.entity.js';
import { PoliciesService } from '../policies/policies.service.js';
import type { PolicyDto } from '../policies/dto/policy-output.dto.js';
import { Policy } from '../policies/policy.entity.js';
import type { ProjectDto } from '../projects/dto/project-output.dto.js';
import { Project } from '../projects/project.entity.js';
import { ProjectsService } from '../projects/projects.service.js';
import { policyEnglishParity, projectCompleteness, projectEnglishParity } from '../scoring/completeness-input.js';
import { AdministrativeUnit } from '../taxonomies/taxonomy.entities.js';
import type { IncentiveCheckDto, IncentiveMatchDto, ProjectQualityDto, PublicIncentiveCheckDto, PublicIncentiveMatchDto } from './dto/quality.dto.js';
import { freshness } from './freshness.js';
import { byValidityThenTitle, matchPolicy, unitChain, validity, vietnamToday, type MatchedBy, type Validity } from './incentive-match.js';
import { NothingToConfirmError } from './quality.errors.js';

interface Match {
  policy: Policy;
  matchedBy: MatchedBy;
  validity: Validity;
  linked: boolean;
}

/**
 * Quality of content (issue 8): completeness, English parity and freshness of a project, the
 * editors' confirmation of English, and which published incentive policies may apply to a project.
 */
@Injectable()
export class QualityService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly audit: AuditService,
    private readonly projects: ProjectsService,
    private readonly policies: PoliciesService,
  ) {}

  /** Readers of the workspace project: officers of its department, editors, admins. */
  async projectQuality(actor: Actor, id: string): Promise<ProjectQualityDto> {
    const p = await this.db.getRepository(Project).findOne({ where: { id }, relations: { policies: true } });
    assertCanSee(actor, p, 'project');
    const project = p as Project;
    const documentCount = await this.db.getRepository(DocumentFile).countBy({ ownerType: 'project', ownerId: id });
    const fresh = freshness(project.lastVerifiedAt, project.publishedAt, new Date(), this.config.freshness);
    return {
      id: project.id,
      version: project.version,
      completeness: projectCompleteness(project, { policyCount: (project.policies ?? []).length, documentCount }),
      englishParity: projectEnglishParity(project),
      englishReviewedVersion: project.englishReviewedVersion,
      freshness: {
        lastVerifiedAt: project.lastVerifiedAt?.toISOString() ?? null,
        ageDays: fresh.ageDays,
        state: fresh.state,
        remindDays: this.config.freshness.remindDays,
        staleDays: this.config.freshness.staleDays,
        remindedAt: project.freshnessRemindedAt?.toISOString() ?? null,
        escalatedAt: project.freshnessEscalatedAt?.toISOString() ?? null,
      },
    };
  }

  /** Editors and admins (the controller's role check): "the English of this version is right". */
  async confirmProjectEnglish(actor: Actor, id: string, version: number): Promise<ProjectDto> {
    await this.db.transaction(async (em) => {
      const p = await em.findOne(Project, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!p) throw new NotFoundException('No such project');
      assertCanSee(actor, p, 'project');
      assertVersion(p.version, version, 'project');
      if (projectEnglishParity(p) === 'missing') throw new NothingToConfirmError('project');
      if (p.englishReviewedVersion === version) return;
      // Plain SQL: a confirmation is not an edit, so neither the version nor updated_at moves.
      await em.query(`UPDATE projects SET english_reviewed_version = $2 WHERE id = $1`, [id, version]);
      await this.audit.record(em, actor, 'english-reviewed', 'project', id, { englishReviewedVersion: { from: p.englishReviewedVersion, to: version } });
    });
    return this.projects.get(actor, id);
  }

  async confirmPolicyEnglish(actor: Actor, id: string, version: number): Promise<PolicyDto> {
    await this.db.transaction(async (em) => {
      const p = await em.findOne(Policy, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!p) throw new NotFoundException('No such policy');
      assertCanSee(actor, p, 'policy');
      assertVersion(p.version, version, 'policy');
      if (policyEnglishParity(p) === 'missing') throw new NothingToConfirmError('policy');
      if (p.englishReviewedVersion === version) return;
      await em.query(`UPDATE policies SET english_reviewed_version = $2 WHERE id = $1`, [id, version]);
      await this.audit.record(em, actor, 'english-reviewed', 'policy', id, { englishReviewedVersion: { from: p.englishReviewedVersion, to: version } });
    });
    return this.policies.get(actor, id);
  }

  /** Any status (drafts too), for the readers of the workspace project. */
  async incentives(actor: Actor, id: string): Promise<IncentiveCheckDto> {
    const p = await this.db.getRepository(Project).findOne({ where: { id }, relations: { sectors: true, policies: true } });
    assertCanSee(actor, p, 'project');
    const { today, matches } = await this.match(p as Project);
    const items = matches
      .map((m) => ({ ...this.base(m), title: m.policy.title, sortTitle: m.policy.title.vi }))
      .sort(byValidityThenTitle)
      .map(({ sortTitle: _s, ...item }): IncentiveMatchDto => item);
    return { today, items };
  }

  /** Published and awarded projects only; everything else is "not found". */
  async incentivesPublic(slug: string, lang: Lang): Promise<PublicIncentiveCheckDto> {
    if (!/^[a-z0-9-]{1,120}$/.test(slug)) throw new NotFoundException('No such published project');
    const p = await this.db.getRepository(Project).findOne({ where: { slug, status: In([...PUBLIC_STATUSES]) }, relations: { sectors: true, policies: true } });
    if (!p) throw new NotFoundException('No such published project');
    const { today, matches } = await this.match(p);
    const items = matches
      .map((m) => {
        const title = pick(m.policy.title, lang).text!;
        return { ...this.base(m), title, sortTitle: title };
      })
      .sort(byValidityThenTitle)
      .map(({ sortTitle: _s, ...item }): PublicIncentiveMatchDto => item);
    return { lang, today, items };
  }

  private base(m: Match) {
    const x = m.policy;
    return {
      id: x.id,
      slug: x.slug,
      code: x.code,
      legalNumber: x.legalNumber,
      validFrom: x.validFrom,
      validTo: x.validTo,
      validity: m.validity,
      matchedBy: m.matchedBy,
      linked: m.linked,
    };
  }

  /** Published policies whose sectors and units cover the project (see incentive-match.ts). */
  private async match(project: Project): Promise<{ today: string; matches: Match[] }> {
    const [policies, units] = await Promise.all([
      this.db.getRepository(Policy).find({ where: { status: 'published' }, relations: { sectors: true, units: true } }),
      this.db.getRepository(AdministrativeUnit).find({ select: { id: true, code: true, parentId: true } }),
    ]);
    const target = { sectorCodes: (project.sectors ?? []).map((s) => s.code), unitChain: unitChain(project.unitId, units) };
    const linked = new Set((project.policies ?? []).map((x) => x.id));
    const today = vietnamToday(new Date());
    const matches: Match[] = [];
    for (const policy of policies) {
      const matchedBy = matchPolicy({ sectorCodes: (policy.sectors ?? []).map((s) => s.code), unitCodes: (policy.units ?? []).map((u) => u.code) }, target);
      if (matchedBy) matches.push({ policy, matchedBy, validity: validity(policy.validFrom, policy.validTo, today), linked: linked.has(policy.id) });
    }
    return { today, matches };
  }
}
