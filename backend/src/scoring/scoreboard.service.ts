import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { pick, type Lang, type Localized } from '../common/localized.js';
import type { AppConfig } from '../config/config.js';
import { APP_CONFIG } from '../config/config.module.js';
import type { ContactPerson, Project } from '../projects/project.entity.js';
import { ageDays, freshnessState } from '../quality/freshness.js';
import { policyEnglishParity, projectCompleteness, projectEnglishParity } from './completeness-input.js';
import type {
  DepartmentDrillDownDto,
  DepartmentScoreDto,
  ScoringPeriodDto,
  ReplyTimesDto,
  ScoreboardDto,
  ScoredInquiryDto,
  ScoredPolicyDto,
  ScoredProjectDto,
} from './dto/scoreboard.dto.js';
import type { PeriodQueryDto } from './dto/scoreboard-query.dto.js';
import {
  competitionRanks,
  componentValues,
  delta,
  displayMeasures,
  lastConfirmation,
  measure,
  publicationTiming,
  nearestRank,
  replyHours,
  round,
  weightedTotal,
  withinTarget,
  type AuditEvent,
  type InquiryFacts,
  type PolicyFacts,
  type ProjectFacts,
  type ScoringSettings,
} from './scoreboard-math.js';
import { parsePeriod, previousPeriod, TIME_ZONE, type Period } from './scoreboard-period.js';
import { ScoringSettingsService } from './scoreboard-settings.js';
import { UnknownDepartmentError } from './scoring.errors.js';

type Queryable = Pick<DataSource, 'query'>;

interface DepartmentRow {
  id: string;
  code: string;
  name_vi: string;
  name_en: string | null;
}

/** A publication or confirmation, as epoch milliseconds (jsonb). */
interface EventRow {
  action: 'publish' | 'verify';
  ms: string | number;
  first: boolean;
}

interface ItemRow {
  id: string;
  code: string;
  slug: string;
  status: string;
  version: number;
  department_id: string;
  title: Localized;
  published_at: Date | null;
  reviewed_version: number | null;
  events: EventRow[] | null;
}

interface ProjectRow extends ItemRow {
  summary: Localized;
  description: Localized;
  objectives: Localized | null;
  land_status: Localized | null;
  land_status_kind: string | null;
  infrastructure: Localized | null;
  timeline: Localized | null;
  contact: ContactPerson | null;
  lat: number;
  lng: number;
  area_ha: string | null;
  capital_vnd: string | null;
  last_verified_at: Date | null;
  created_at: Date;
  policy_count: number;
  document_count: number;
}

interface PolicyRow extends ItemRow {
  summary: Localized;
  body: Localized;
  legal_issuer: Localized;
}

interface InquiryRow {
  reference: string;
  department_id: string;
  created_at: Date;
  due_at: Date;
  rating: number | null;
  first_reply_at: Date | null;
}

type ScoredProject = ProjectFacts & { departmentId: string; dto: ScoredProjectDto };
type ScoredPolicy = PolicyFacts & { departmentId: string; dto: ScoredPolicyDto };
type ScoredInquiry = InquiryFacts & { departmentId: string; reference: string };

interface Items {
  projects: ProjectRow[];
  policies: PolicyRow[];
}

/** Everything one period's figures rest on. */
interface Facts {
  period: Period;
  asOf: Date;
  projects: ScoredProject[];
  policies: ScoredPolicy[];
  inquiries: ScoredInquiry[];
}

const iso = (d: Date | null) => (d ? d.toISOString() : null);
const auditEvents = (r: ItemRow): AuditEvent[] => (r.events ?? []).map((e) => ({ action: e.action, ms: Number(e.ms), first: e.first === true }));

function timingDto(events: AuditEvent[], publishedAt: Date | null, period: Period) {
  const t = publicationTiming(events, publishedAt?.getTime() ?? null, period.start.getTime(), period.end.getTime());
  return {
    firstPublishedAt: t.firstPublishedMs === null ? null : new Date(t.firstPublishedMs).toISOString(),
    publishedInPeriod: t.publishedInPeriod,
    updatedInPeriod: t.updatedInPeriod,
    events: t.events.map((e) => ({ action: e.action, at: new Date(e.ms).toISOString() })),
  };
}

const periodDto = (p: Period): ScoringPeriodDto => ({ from: p.from, to: p.to, days: p.days, start: p.start.toISOString(), end: p.end.toISOString() });

/**
 * The department scoreboard (docs/scoring.md): facts from projects, policies, the audit trail
 * and inquiries, turned into figures by the pure functions of scoreboard-math.ts.
 */
@Injectable()
export class ScoreboardService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly scoringSettings: ScoringSettingsService,
  ) {}

  async board(q: PeriodQueryDto): Promise<ScoreboardDto> {
    return (await this.compute(parsePeriod(q.from, q.to), q.lang, new Date())).board;
  }

  async drillDown(code: string, q: PeriodQueryDto): Promise<DepartmentDrillDownDto> {
    const period = parsePeriod(q.from, q.to);
    const [department] = await this.db.query(`SELECT id FROM departments WHERE code = $1`, [code]);
    if (!department) throw new UnknownDepartmentError(code);
    const now = new Date();
    const { board, facts } = await this.compute(period, q.lang, now);
    const mine = <T extends { departmentId: string }>(items: T[]) => items.filter((i) => i.departmentId === department.id);
    const { departments, ...header } = board;
    return {
      ...header,
      department: departments.find((d) => d.code === code)!,
      projects: mine(facts.projects).map((p) => p.dto),
      policies: mine(facts.policies).map((p) => p.dto),
      inquiries: mine(facts.inquiries).map(
        (i): ScoredInquiryDto => ({
          reference: i.reference,
          receivedAt: i.receivedAt.toISOString(),
          firstReplyAt: iso(i.firstReplyAt),
          replyHours: i.firstReplyAt ? round(replyHours(i)!, 2) : null,
          dueAt: i.dueAt.toISOString(),
          withinTarget: withinTarget(i, now),
          rating: i.rating,
        }),
      ),
    };
  }

  /** Public: per department, answered inquiries and the median time to first reply; nothing else. */
  async replyTimes(q: PeriodQueryDto): Promise<ReplyTimesDto> {
    const period = parsePeriod(q.from, q.to);
    const departments = await this.departments();
    const inquiries = await this.inquiries(period);
    return {
      period: periodDto(period),
      timeZone: TIME_ZONE,
      departments: departments.map((d) => {
        const hours = inquiries.filter((i) => i.departmentId === d.id).map(replyHours).filter((h): h is number => h !== null);
        const median = nearestRank(hours, 50);
        return { code: d.code, name: this.name(d, q.lang), answered: hours.length, medianReplyHours: median === null ? null : round(median, 2) };
      }),
    };
  }

  // ---- assembly ----

  private async compute(period: Period, lang: Lang, now: Date): Promise<{ board: ScoreboardDto; facts: Facts }> {
    const settings = await this.scoringSettings.get();
    const previous = previousPeriod(period);
    // One snapshot for all the reads, so the numbers agree with each other under concurrent edits.
    const { departments, facts, before } = await this.db.transaction('REPEATABLE READ', async (em) => {
      const items = await this.items(em);
      return {
        departments: await this.departments(em),
        facts: await this.facts(em, items, period, now, lang),
        before: await this.facts(em, items, previous, now, lang),
      };
    });
    const previousTotals = new Map(departments.map((d) => [d.id, this.score(d.id, before, settings, now).total]));
    const rows = departments.map((d): DepartmentScoreDto => {
      const { total, components, measures } = this.score(d.id, facts, settings, now);
      const previousTotal = previousTotals.get(d.id) ?? null;
      return {
        code: d.code,
        name: this.name(d, lang),
        rank: null,
        total,
        previousTotal,
        delta: delta(total, previousTotal),
        ...displayMeasures(measures),
        components,
      };
    });
    const ranks = competitionRanks(rows.map((r) => r.total));
    rows.forEach((r, i) => (r.rank = ranks[i]!));
    rows.sort((a, b) => (a.rank ?? Infinity) - (b.rank ?? Infinity) || a.code.localeCompare(b.code));
    return {
      facts,
      board: {
        period: periodDto(period),
        previousPeriod: periodDto(previous),
        timeZone: TIME_ZONE,
        asOf: facts.asOf.toISOString(),
        freshnessDays: this.config.freshness.remindDays,
        settings: { weights: { ...settings.weights }, replySpeedZeroHours: settings.replySpeedZeroHours },
        departments: rows,
      },
    };
  }

  private score(departmentId: string, facts: Facts, settings: ScoringSettings, now: Date) {
    const of = <T extends { departmentId: string }>(items: T[]) => items.filter((i) => i.departmentId === departmentId);
    const measures = measure(of(facts.projects), of(facts.policies), of(facts.inquiries), now);
    return { measures, ...weightedTotal(componentValues(measures, settings), settings.weights) };
  }

  private name(d: DepartmentRow, lang: Lang): string {
    return pick({ vi: d.name_vi, en: d.name_en }, lang).text!;
  }

  // ---- facts ----

  private departments(db: Queryable = this.db): Promise<DepartmentRow[]> {
    return db.query(`SELECT id, code, name_vi, name_en FROM departments ORDER BY code`);
  }

  /** Projects and policies with their audit events: loaded once, judged for each period. */
  private async items(db: Queryable): Promise<Items> {
    const reviewed = await this.reviewedColumns(db);
    const projects: ProjectRow[] = await db.query(
      `SELECT p.id, p.code, p.slug, p.status, p.version, p.department_id, p.title, p.summary, p.description, p.objectives,
              p.land_status, p.land_status_kind, p.infrastructure, p.timeline, p.contact, p.lat, p.lng,
              p.area_ha::text AS area_ha, p.capital_vnd::text AS capital_vnd, p.last_verified_at, p.created_at, p.published_at,
              ${reviewed.has('projects') ? 'p.english_reviewed_version' : 'NULL::int'} AS reviewed_version,
              (SELECT count(*)::int FROM project_policies pp WHERE pp.project_id = p.id) AS policy_count,
              (SELECT count(*)::int FROM documents d WHERE d.owner_type = 'project' AND d.owner_id = p.id) AS document_count,
              ev.events
         FROM projects p
         ${this.eventsJoin('project', 'p')}
        ORDER BY p.code`,
    );
    const policies: PolicyRow[] = await db.query(
      `SELECT p.id, p.code, p.slug, p.status, p.version, p.department_id, p.title, p.summary, p.body, p.legal_issuer, p.published_at,
              ${reviewed.has('policies') ? 'p.english_reviewed_version' : 'NULL::int'} AS reviewed_version,
              ev.events
         FROM policies p
         ${this.eventsJoin('policy', 'p')}
        ORDER BY p.code`,
    );
    return { projects, policies };
  }

  private async facts(db: Queryable, items: Items, period: Period, now: Date, lang: Lang): Promise<Facts> {
    // Freshness is judged at the end of the period; for a period that has not ended, now.
    const asOf = new Date(Math.min(period.end.getTime(), now.getTime()));
    const projects = items.projects.map((r) => this.project(r, period, asOf, lang));
    const policies = items.policies.map((r) => this.policy(r, period, lang));
    // Items behind some number: public now, or published or updated in the period.
    const counted = <T extends { isPublic: boolean; publishedInPeriod: boolean; updatedInPeriod: boolean }>(x: T) => x.isPublic || x.publishedInPeriod || x.updatedInPeriod;
    return { period, asOf, projects: projects.filter(counted), policies: policies.filter(counted), inquiries: await this.inquiries(period, db) };
  }

  /**
   * Tables that already have english_reviewed_version (added by another migration): without it,
   * English parity is never "reviewed", which changes no share (present and reviewed both count).
   */
  private async reviewedColumns(db: Queryable): Promise<Set<string>> {
    const rows: { table_name: string }[] = await db.query(
      `SELECT table_name FROM information_schema.columns
        WHERE table_schema = current_schema() AND table_name IN ('projects', 'policies') AND column_name = 'english_reviewed_version'`,
    );
    return new Set(rows.map((r) => r.table_name));
  }

  /** Every publication and confirmation of each item, oldest first; `first`: it set publishedAt. */
  private eventsJoin(type: 'project' | 'policy', alias: string): string {
    return `LEFT JOIN LATERAL (
        SELECT jsonb_agg(jsonb_build_object('action', a.action, 'ms', floor(extract(epoch FROM a.created_at) * 1000), 'first', a.changes ? 'publishedAt')
                 ORDER BY a.created_at, a.id) AS events
          FROM audit_log a
         WHERE a.object_type = '${type}' AND a.object_id = ${alias}.id AND a.action IN ('publish', 'verify')
      ) ev ON true`;
  }

  private project(r: ProjectRow, period: Period, asOf: Date, lang: Lang): ScoredProject {
    const item = {
      title: r.title,
      summary: r.summary,
      description: r.description,
      landStatus: r.land_status,
      landStatusKind: r.land_status_kind as Project['landStatusKind'],
      infrastructure: r.infrastructure,
      timeline: r.timeline,
      objectives: r.objectives,
      contact: r.contact,
      lat: r.lat,
      lng: r.lng,
      areaHa: r.area_ha,
      capitalVnd: r.capital_vnd,
    };
    const c = projectCompleteness(item, { policyCount: r.policy_count, documentCount: r.document_count });
    const events = auditEvents(r);
    const confirmed = lastConfirmation(
      r.last_verified_at?.getTime() ?? null,
      events.filter((e) => e.action === 'verify').map((e) => e.ms),
      r.created_at.getTime(),
      asOf.getTime(),
    );
    // Whole days, as the quality module counts them: fresh up to remindDays, reminded after.
    const age = confirmed === null ? null : ageDays(new Date(confirmed), asOf);
    const fresh = age === null ? null : freshnessState(age, this.config.freshness) === 'fresh';
    const parity = projectEnglishParity({ ...item, englishReviewedVersion: r.reviewed_version, version: r.version });
    const isPublic = r.status === 'published' || r.status === 'awarded';
    const timing = timingDto(events, r.published_at, period);
    return {
      departmentId: r.department_id,
      isPublic,
      completeness: c.score,
      fresh,
      parity,
      publishedInPeriod: timing.publishedInPeriod,
      updatedInPeriod: timing.updatedInPeriod,
      dto: {
        id: r.id,
        code: r.code,
        slug: r.slug,
        title: pick(r.title, lang).text!,
        status: r.status,
        isPublic,
        completeness: c.score,
        missing: [...c.missing],
        confirmedAt: confirmed === null ? null : new Date(confirmed).toISOString(),
        ageDays: age,
        fresh,
        parity,
        ...timing,
      },
    };
  }

  private policy(r: PolicyRow, period: Period, lang: Lang): ScoredPolicy {
    const parity = policyEnglishParity({
      title: r.title,
      summary: r.summary,
      body: r.body,
      legalIssuer: r.legal_issuer,
      englishReviewedVersion: r.reviewed_version,
      version: r.version,
    });
    const isPublic = r.status === 'published';
    const timing = timingDto(auditEvents(r), r.published_at, period);
    return {
      departmentId: r.department_id,
      isPublic,
      parity,
      publishedInPeriod: timing.publishedInPeriod,
      updatedInPeriod: timing.updatedInPeriod,
      dto: { id: r.id, code: r.code, slug: r.slug, title: pick(r.title, lang).text!, status: r.status, isPublic, parity, ...timing },
    };
  }

  /** Received in the period (spam left out); the first reply is the earliest reply sent from the inbox. */
  private async inquiries(period: Period, db: Queryable = this.db): Promise<ScoredInquiry[]> {
    const rows: InquiryRow[] = await db.query(
      `SELECT i.reference, i.department_id, i.created_at, i.due_at, i.rating,
              COALESCE((SELECT min(r.created_at) FROM inquiry_replies r WHERE r.inquiry_id = i.id), i.answered_at) AS first_reply_at
         FROM inquiries i
        WHERE i.status <> 'spam' AND i.created_at >= $1 AND i.created_at < $2
        ORDER BY i.created_at, i.reference`,
      [period.start, period.end],
    );
    return rows.map((r) => ({
      departmentId: r.department_id,
      reference: r.reference,
      receivedAt: r.created_at,
      firstReplyAt: r.first_reply_at,
      dueAt: r.due_at,
      rating: r.rating === null ? null : Number(r.rating),
    }));
  }
}
