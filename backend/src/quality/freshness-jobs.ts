import { Inject, Injectable, Logger } from '@nestjs/common';
import { IntervalJob } from '../common/interval-job.js';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import type { Localized } from '../common/localized.js';
import type { AppConfig } from '../config/config.js';
import { APP_CONFIG } from '../config/config.module.js';
import { MailService } from '../mail/mail.service.js';
import { escalationMail, reminderMail } from './freshness-mails.js';
import { ageDays } from './freshness.js';

const BATCH = 100;

/** Age in whole days, as freshness.ts computes it, over the basis it uses. */
const BASIS = `COALESCE(p.last_verified_at, p.published_at)`;
const AGE_DAYS = `floor(extract(epoch FROM now() - ${BASIS}) / 86400)`;

interface DueRow {
  id: string;
  code: string;
  title: Localized;
  department_id: string;
  name_vi: string;
  name_en: string | null;
  basis: Date;
}

/**
 * Freshness of published calls for investment, every FRESHNESS_JOB_INTERVAL_MS (0 = off), safe
 * with several API processes (rows claimed with FOR UPDATE SKIP LOCKED, mail queued and the row
 * marked in the same transaction):
 * - reminder: a published or awarded project not confirmed "still current" (or, never confirmed,
 *   not published) for more than FRESHNESS_REMIND_DAYS whole days mails the active officers of its
 *   department, once (freshness_reminded_at);
 * - escalation: more than FRESHNESS_STALE_DAYS mails every active editor, once (freshness_escalated_at).
 * A confirmation or a new publication sets both marks back to null (projects.service.ts), so a
 * project that ages again is reminded again. A mark older than the last confirmation counts as unset.
 */
@Injectable()
export class FreshnessJobs extends IntervalJob<{ reminded: number; escalated: number }> {
  protected readonly logger = new Logger('FreshnessJobs');

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly mail: MailService,
  ) {
    super();
  }

  protected intervalMs(): number {
    return this.config.freshness.jobIntervalMs;
  }

  /** One pass: reminders, then escalations. Returns how many projects got each. */
  async runOnce(): Promise<{ reminded: number; escalated: number }> {
    let reminded = 0;
    let escalated = 0;
    for (let n = BATCH; n === BATCH && !this.stopped; reminded += n) n = await this.remindBatch();
    for (let n = BATCH; n === BATCH && !this.stopped; escalated += n) n = await this.escalateBatch();
    if (reminded || escalated) this.logger.log(`freshness: ${reminded} project(s) reminded, ${escalated} escalated`);
    return { reminded, escalated };
  }

  private claim(em: EntityManager, column: 'freshness_reminded_at' | 'freshness_escalated_at', days: number): Promise<DueRow[]> {
    return em.query(
      `SELECT p.id, p.code, p.title, p.department_id, d.name_vi, d.name_en, ${BASIS} AS basis
         FROM projects p JOIN departments d ON d.id = p.department_id
        WHERE p.status IN ('published', 'awarded')
          AND ${BASIS} IS NOT NULL
          AND ${AGE_DAYS} > $1
          AND (p.${column} IS NULL OR p.${column} < ${BASIS})
        ORDER BY ${BASIS}, p.id
        LIMIT ${BATCH}
          FOR UPDATE OF p SKIP LOCKED`,
      [days],
    );
  }

  private context(row: DueRow, now: Date) {
    const since = new Date(row.basis);
    return {
      id: row.id,
      code: row.code,
      title: row.title,
      since,
      ageDays: ageDays(since, now)!,
      staleDays: this.config.freshness.staleDays,
      portalUrl: this.config.publicUrl,
      departmentName: { vi: row.name_vi, en: row.name_en },
    };
  }

  private async remindBatch(): Promise<number> {
    return this.db.transaction(async (em) => {
      const due = await this.claim(em, 'freshness_reminded_at', this.config.freshness.remindDays);
      if (!due.length) return 0;
      const officers: { email: string; department_id: string }[] = await em.query(
        `SELECT email, department_id FROM users WHERE role = 'officer' AND disabled_at IS NULL AND department_id = ANY($1) ORDER BY email`,
        [[...new Set(due.map((p) => p.department_id))]],
      );
      const now = new Date();
      const drafts = due.flatMap((p) => {
        const to = officers.filter((o) => o.department_id === p.department_id);
        // Nobody to remind: still marked, so the job does not retry every pass; the board hears at staleDays.
        if (!to.length) this.logger.warn(`freshness: no active officer to remind about project ${p.code}`);
        return to.map((o) => reminderMail(this.context(p, now), o.email));
      });
      await this.mail.enqueue(em, drafts);
      await em.query(`UPDATE projects SET freshness_reminded_at = now() WHERE id = ANY($1)`, [due.map((p) => p.id)]);
      return due.length;
    });
  }

  private async escalateBatch(): Promise<number> {
    return this.db.transaction(async (em) => {
      const due = await this.claim(em, 'freshness_escalated_at', this.config.freshness.staleDays);
      if (!due.length) return 0;
      const editors: { email: string }[] = await em.query(`SELECT email FROM users WHERE role = 'editor' AND disabled_at IS NULL ORDER BY email`);
      const now = new Date();
      const drafts = due.flatMap((p) => editors.map((e) => escalationMail(this.context(p, now), e.email)));
      await this.mail.enqueue(em, drafts);
      await em.query(`UPDATE projects SET freshness_escalated_at = now() WHERE id = ANY($1)`, [due.map((p) => p.id)]);
      return due.length;
    });
  }
}
