import { Inject, Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import type { Actor } from '../common/access.js';
import type { AppConfig } from '../config/config.js';
import { APP_CONFIG } from '../config/config.module.js';
import type { DevMailListDto } from './dto/mail.dto.js';
import { MailOutbox } from './mail.entity.js';

export interface MailDraft {
  kind: string;
  to: string;
  subject: string;
  text: string;
  inquiryId?: string | null;
}

@Injectable()
export class MailService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Queues mail inside the caller's transaction: it exists exactly when the change commits. */
  async enqueue(em: EntityManager, drafts: MailDraft[]): Promise<void> {
    if (!drafts.length) return;
    await em.getRepository(MailOutbox).insert(
      drafts.map((d) => ({
        kind: d.kind,
        toAddress: d.to,
        // Subjects are one line: no header injection through a title someone typed.
        subject: d.subject.replace(/[\r\n]+/g, ' ').slice(0, 300),
        bodyText: d.text,
        inquiryId: d.inquiryId ?? null,
      })),
    );
    await em.query(`SELECT pg_notify('mail_outbox', '')`);
  }

  /** The development mailbox: only with the database transport (there is nothing to show otherwise). */
  async devMail(actor: Actor, limit = 100): Promise<DevMailListDto> {
    void actor; // admins only (controller); the transport check is the real gate
    if (this.config.mail.transport !== 'dev') throw new NotFoundException('The development mailbox exists only with MAIL_TRANSPORT=dev');
    const rows = await this.db.getRepository(MailOutbox).find({ order: { id: 'DESC' }, take: limit });
    return {
      items: rows.map((m) => ({
        id: m.id,
        kind: m.kind,
        to: m.toAddress,
        subject: m.subject,
        text: m.bodyText,
        status: m.status,
        createdAt: m.createdAt.toISOString(),
        sentAt: m.sentAt?.toISOString() ?? null,
      })),
    };
  }
}
