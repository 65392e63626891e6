import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { Actor } from '../common/access.js';
import { AuditService } from '../audit/audit.service.js';
import type { ErasureReportDto, PersonalDataExportDto } from './dto/privacy.dto.js';
import { InboxService } from './inbox.service.js';
import { anonymise } from './inquiry-jobs.js';

/** Administrators answer data-subject requests: a JSON copy of everything held, or erasure. */
@Injectable()
export class PrivacyService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly inbox: InboxService,
    private readonly audit: AuditService,
  ) {}

  async export(actor: Actor, email: string): Promise<PersonalDataExportDto> {
    const ids: { id: string }[] = await this.db.query(`SELECT id FROM inquiries WHERE lower(email) = $1 ORDER BY created_at`, [email]);
    const inquiries = [];
    for (const { id } of ids) inquiries.push(await this.inbox.get(actor, id));
    const mails: { kind: string; to_address: string; subject: string; body_text: string; status: string; created_at: Date }[] = await this.db.query(
      `SELECT kind, to_address, subject, body_text, status, created_at FROM mail_outbox
        WHERE lower(to_address) = $1 OR inquiry_id = ANY($2) ORDER BY id`,
      [email, ids.map((r) => r.id)],
    );
    return {
      email,
      exportedAt: new Date().toISOString(),
      inquiries,
      // Mails about the inquiry to staff (escalations) are not the investor's data: only theirs.
      mails: mails
        .filter((m) => m.to_address.toLowerCase() === email)
        .map((m) => ({ kind: m.kind, to: m.to_address, subject: m.subject, text: m.body_text, status: m.status, createdAt: m.created_at.toISOString() })),
    };
  }

  async erase(actor: Actor, email: string): Promise<ErasureReportDto> {
    return this.db.transaction(async (em) => {
      const ids: { id: string }[] = await em.query(`SELECT id FROM inquiries WHERE lower(email) = $1 FOR UPDATE`, [email]);
      const [, mailCount] = await em.query(`DELETE FROM mail_outbox WHERE lower(to_address) = $1 OR inquiry_id = ANY($2) RETURNING id`, [email, ids.map((r) => r.id)]);
      await anonymise(em, ids.map((r) => r.id));
      // The audit names the inquiries, never the address that was erased.
      for (const { id } of ids) await this.audit.record(em, actor, 'erase', 'inquiry', id, { personalData: { from: 'held', to: 'erased' } });
      return { email, inquiries: ids.length, mails: mailCount as number };
    });
  }
}
