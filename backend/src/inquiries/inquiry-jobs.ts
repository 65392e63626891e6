import { Inject, Injectable, Logger } from '@nestjs/common';
import { IntervalJob } from '../common/interval-job.js';
import { InjectDataSource } from '@nestjs/typeorm';
import { IsNull, type DataSource } from 'typeorm';
import type { AppConfig } from '../config/config.js';
import { APP_CONFIG } from '../config/config.module.js';
import { MailService } from '../mail/mail.service.js';
import { User } from '../users/user.entity.js';
import { escalationMail } from './mails.js';

/** Placeholder written over erased personal data (the statistics of the inquiry stay). */
export const ERASED = '[đã xóa / erased]';

/**
 * Scheduled work on inquiries, every INQUIRY_JOB_INTERVAL_MS (default one minute), safe with
 * several API processes (rows claimed with FOR UPDATE SKIP LOCKED):
 * - escalation: an inquiry past its due time and still new/acknowledged mails the department head
 *   (the first official listed for the department) and every active editor, once (escalated_at);
 * - retention: inquiries older than INQUIRY_RETENTION_DAYS are anonymised and their mails purged.
 */
@Injectable()
export class InquiryJobs extends IntervalJob<{ escalated: number; anonymised: number }> {
  protected readonly logger = new Logger('InquiryJobs');

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly mail: MailService,
  ) {
    super();
  }

  protected intervalMs(): number {
    return this.config.inquiries.jobIntervalMs;
  }

  async runOnce(): Promise<{ escalated: number; anonymised: number }> {
    return { escalated: await this.escalate(), anonymised: await this.anonymiseExpired() };
  }

  /** Returns how many inquiries were escalated. */
  async escalate(): Promise<number> {
    return this.db.transaction(async (em) => {
      const due: { id: string; reference: string; due_at: Date; department_id: string; name_vi: string; name_en: string | null; contacts: { email: string | null }[] }[] =
        await em.query(
          `SELECT i.id, i.reference, i.due_at, i.department_id, d.name_vi, d.name_en, d.contacts
             FROM inquiries i JOIN departments d ON d.id = i.department_id
            WHERE i.status IN ('new', 'acknowledged') AND i.due_at < now() AND i.escalated_at IS NULL
            ORDER BY i.due_at LIMIT 100
              FOR UPDATE OF i SKIP LOCKED`,
        );
      if (!due.length) return 0;
      const editors = await em.getRepository(User).find({ where: { role: 'editor', disabledAt: IsNull() }, select: { email: true } });
      const drafts = due.flatMap((i) => {
        const head = i.contacts?.find((c) => c.email)?.email;
        const to = [...new Set([...(head ? [head] : []), ...editors.map((e) => e.email)])];
        const context = {
          id: i.id,
          reference: i.reference,
          name: '',
          departmentName: { vi: i.name_vi, en: i.name_en },
          dueAt: new Date(i.due_at),
          portalUrl: this.config.publicUrl,
          portalName: this.config.portal.name,
        };
        return to.map((address) => escalationMail(context, address, `${this.config.publicUrl}/workspace/inbox/${i.id}`));
      });
      await this.mail.enqueue(em, drafts);
      await em.query(`UPDATE inquiries SET escalated_at = now() WHERE id = ANY($1)`, [due.map((i) => i.id)]);
      this.logger.log(`${due.length} overdue inquir${due.length === 1 ? 'y' : 'ies'} escalated`);
      return due.length;
    });
  }

  /** Returns how many inquiries were anonymised. */
  async anonymiseExpired(): Promise<number> {
    return this.db.transaction(async (em) => {
      const rows: { id: string }[] = await em.query(
        `SELECT id FROM inquiries WHERE anonymised_at IS NULL AND created_at < now() - ($1 || ' days')::interval ORDER BY created_at LIMIT 500 FOR UPDATE SKIP LOCKED`,
        [String(this.config.inquiries.retentionDays)],
      );
      if (!rows.length) return 0;
      await anonymise(em, rows.map((r) => r.id));
      return rows.length;
    });
  }
}

/** Personal data out, statistics (dates, status, department, rating) kept; their mails purged. */
export async function anonymise(em: { query: DataSource['query'] }, ids: string[]): Promise<void> {
  if (!ids.length) return;
  await em.query(
    `UPDATE inquiries SET name = $2::text, organisation = NULL, email = 'erased@invalid', phone = NULL, message = $2::text,
            rating_comment = NULL, anonymised_at = now() WHERE id = ANY($1)`,
    [ids, ERASED],
  );
  await em.query(`UPDATE inquiry_replies SET body = $2 WHERE inquiry_id = ANY($1)`, [ids, ERASED]);
  await em.query(`UPDATE inquiry_notes SET body = $2 WHERE inquiry_id = ANY($1)`, [ids, ERASED]);
  await em.query(`DELETE FROM mail_outbox WHERE inquiry_id = ANY($1)`, [ids]);
}
