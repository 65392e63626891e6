import { ConflictException, ForbiddenException, Inject, Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { In, IsNull, type DataSource, type EntityManager } from 'typeorm';
import type { Actor } from '../common/access.js';
import { AuditService } from '../audit/audit.service.js';
import { FieldError } from '../common/errors.js';
import { PUBLIC_STATUSES } from '../common/workflow.js';
import type { AppConfig } from '../config/config.js';
import { APP_CONFIG } from '../config/config.module.js';
import { MailService } from '../mail/mail.service.js';
import { User } from '../users/user.entity.js';
import type { InboxDetailDto, InboxItemDto, InboxListDto, InboxQueryDto, StatusDto } from './dto/inbox.dto.js';
import { Inquiry, InquiryNote, InquiryReply, type InquiryStatus } from './inquiry.entity.js';
import { replyMail } from './mails.js';

/** Status changes people make by hand; `answered` comes from replying. */
const STATUS_CHANGES: Record<InquiryStatus, readonly InquiryStatus[]> = {
  new: ['acknowledged', 'closed', 'spam'],
  acknowledged: ['closed', 'spam'],
  answered: ['closed'],
  closed: [],
  spam: ['new'],
};
const OPEN: readonly InquiryStatus[] = ['new', 'acknowledged'];

/**
 * The department's inbox. Officers see and act on their own department's inquiries only (checked
 * first in every method, BOLA); the editorial board and administrators see all of them.
 */
@Injectable()
export class InboxService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly mail: MailService,
    private readonly audit: AuditService,
  ) {}

  async list(actor: Actor, q: InboxQueryDto): Promise<InboxListDto> {
    const departmentId = actor.role === 'officer' ? actor.departmentId : q.departmentId;
    if (actor.role === 'officer' && !departmentId) throw new ForbiddenException('Your account has no department');
    // Ids first (filters, urgency order, page) in SQL; then the rows with their relations.
    const where: string[] = [];
    const params: unknown[] = [];
    const add = (sql: string, value?: unknown) => {
      if (value !== undefined) params.push(value);
      where.push(sql.replace('?', `$${params.length}`));
    };
    if (departmentId) add('department_id = ?', departmentId);
    // Spam stays out of the normal view unless asked for.
    if (q.status) add('status = ?', q.status);
    else add(`status <> 'spam'`);
    if (q.overdue === true) add(`status IN ('new', 'acknowledged') AND due_at < now()`);
    if (q.overdue === false) add(`NOT (status IN ('new', 'acknowledged') AND due_at < now())`);
    const filter = where.length ? `WHERE ${where.join(' AND ')}` : '';
    const [{ total }] = await this.db.query(`SELECT count(*)::int AS total FROM inquiries ${filter}`, params);
    // Most urgent first: open ones by due time, then the rest newest first.
    const page: { id: string }[] = await this.db.query(
      `SELECT id FROM inquiries ${filter}
        ORDER BY CASE WHEN status IN ('new', 'acknowledged') THEN 0 ELSE 1 END,
                 CASE WHEN status IN ('new', 'acknowledged') THEN due_at END, created_at DESC, id
        LIMIT ${q.pageSize} OFFSET ${(q.page - 1) * q.pageSize}`,
      params,
    );
    const ids = page.map((r) => r.id);
    const loaded = ids.length
      ? await this.db.getRepository(Inquiry).find({ where: { id: In(ids) }, relations: { department: true, project: true, policy: true, assignee: true } })
      : [];
    const rows = ids.map((id) => loaded.find((r) => r.id === id)!);
    const counts: { inquiry_id: string; n: number }[] = rows.length
      ? await this.db.query(`SELECT inquiry_id, count(*)::int AS n FROM inquiry_replies WHERE inquiry_id = ANY($1) GROUP BY inquiry_id`, [rows.map((r) => r.id)])
      : [];
    const replies = new Map(counts.map((c) => [c.inquiry_id, c.n]));
    return { items: rows.map((i) => this.toItem(i, replies.get(i.id) ?? 0)), page: q.page, pageSize: q.pageSize, total };
  }

  async get(actor: Actor, id: string): Promise<InboxDetailDto> {
    const inquiry = await this.load(this.db.manager, actor, id);
    const [replies, notes, assignable] = await Promise.all([
      this.db.getRepository(InquiryReply).find({ where: { inquiryId: id }, relations: { author: true }, order: { createdAt: 'ASC' } }),
      this.db.getRepository(InquiryNote).find({ where: { inquiryId: id }, relations: { author: true }, order: { createdAt: 'ASC' } }),
      this.db.getRepository(User).find({ where: { departmentId: inquiry.departmentId, disabledAt: IsNull(), role: In(['officer']) }, order: { displayName: 'ASC' } }),
    ]);
    const entry = (e: InquiryReply | InquiryNote) => ({
      body: e.body,
      createdAt: e.createdAt.toISOString(),
      author: e.author ? { id: e.author.id, displayName: e.author.displayName } : null,
    });
    return {
      ...this.toItem(inquiry, replies.length),
      email: inquiry.email,
      phone: inquiry.phone,
      message: inquiry.message,
      consentVersion: inquiry.consentVersion,
      consentedAt: inquiry.consentedAt.toISOString(),
      acknowledgedAt: inquiry.acknowledgedAt?.toISOString() ?? null,
      answeredAt: inquiry.answeredAt?.toISOString() ?? null,
      escalatedAt: inquiry.escalatedAt?.toISOString() ?? null,
      anonymisedAt: inquiry.anonymisedAt?.toISOString() ?? null,
      replyLog: replies.map(entry),
      notes: notes.map(entry),
      rating: inquiry.rating === null ? null : { score: inquiry.rating, comment: inquiry.ratingComment },
      assignable: assignable.map((u) => ({ id: u.id, displayName: u.displayName })),
    };
  }

  async assign(actor: Actor, id: string, assigneeId: string | null): Promise<InboxDetailDto> {
    await this.db.transaction(async (em) => {
      const inquiry = await this.load(em, actor, id, true);
      if (assigneeId !== null) {
        const user = await em.getRepository(User).findOne({ where: { id: assigneeId, disabledAt: IsNull() } });
        if (!user || user.departmentId !== inquiry.departmentId || user.role !== 'officer') {
          throw new FieldError('assigneeId', "assigneeId must be an active officer of the inquiry's department");
        }
      }
      if (inquiry.assigneeId === assigneeId) return;
      await this.audit.record(em, actor, 'assign', 'inquiry', id, { assigneeId: { from: inquiry.assigneeId, to: assigneeId } });
      inquiry.assigneeId = assigneeId;
      await em.save(inquiry);
    });
    return this.get(actor, id);
  }

  /** Sends an answer: stored, shown on the tracking page, mailed to the investor (outbox). */
  async reply(actor: Actor, id: string, body: string): Promise<InboxDetailDto> {
    await this.db.transaction(async (em) => {
      const inquiry = await this.load(em, actor, id, true);
      if (inquiry.anonymisedAt) throw new ConflictException('This inquiry was anonymised: there is nobody to answer');
      if (inquiry.status === 'closed' || inquiry.status === 'spam') throw new ConflictException(`A ${inquiry.status} inquiry cannot be answered; reopen it first`);
      await em.getRepository(InquiryReply).insert({ inquiryId: id, authorId: actor.userId, body });
      const now = new Date();
      inquiry.status = 'answered';
      inquiry.answeredAt ??= now;
      inquiry.acknowledgedAt ??= now;
      inquiry.assigneeId ??= actor.role === 'officer' ? actor.userId : inquiry.assigneeId;
      await em.save(inquiry);
      await this.audit.record(em, actor, 'reply', 'inquiry', id, { status: { from: 'open', to: 'answered' } });
      await this.mail.enqueue(em, [
        replyMail(
          {
            id,
            reference: inquiry.reference,
            lang: inquiry.preferredLang,
            to: inquiry.email,
            name: inquiry.name,
            departmentName: { vi: inquiry.department!.nameVi, en: inquiry.department!.nameEn },
            dueAt: inquiry.dueAt,
            portalUrl: `${this.config.publicUrl}/${inquiry.preferredLang}`,
            portalName: this.config.portal.name,
          },
          body,
        ),
      ]);
    });
    return this.get(actor, id);
  }

  async note(actor: Actor, id: string, body: string): Promise<InboxDetailDto> {
    await this.db.transaction(async (em) => {
      await this.load(em, actor, id, true);
      await em.getRepository(InquiryNote).insert({ inquiryId: id, authorId: actor.userId, body });
    });
    return this.get(actor, id);
  }

  async setStatus(actor: Actor, id: string, dto: StatusDto): Promise<InboxDetailDto> {
    await this.db.transaction(async (em) => {
      const inquiry = await this.load(em, actor, id, true);
      if (inquiry.status === dto.status) return;
      if (!STATUS_CHANGES[inquiry.status].includes(dto.status)) {
        throw new ConflictException(`An inquiry cannot go from ${inquiry.status} to ${dto.status}`);
      }
      const before = inquiry.status;
      inquiry.status = dto.status;
      if (dto.status === 'acknowledged') inquiry.acknowledgedAt ??= new Date();
      if (dto.status === 'closed') inquiry.closedAt = new Date();
      await em.save(inquiry);
      await this.audit.record(em, actor, `status:${dto.status}`, 'inquiry', id, { status: { from: before, to: dto.status } });
    });
    return this.get(actor, id);
  }

  /** Permission first: an officer asking for another department's inquiry gets 404 (no existence leak). */
  private async load(em: EntityManager, actor: Actor, id: string, lock = false): Promise<Inquiry> {
    // Row lock first (FOR UPDATE cannot apply to the outer-joined relations loaded below).
    if (lock) await em.query(`SELECT 1 FROM inquiries WHERE id = $1 FOR UPDATE`, [id]);
    const inquiry = await em.getRepository(Inquiry).findOne({
      where: { id },
      relations: { department: true, project: true, policy: true, assignee: true },
    });
    if (!inquiry || (actor.role === 'officer' && inquiry.departmentId !== actor.departmentId)) {
      throw new NotFoundException('No such inquiry in your inbox');
    }
    return inquiry;
  }

  private toItem(i: Inquiry, replies: number): InboxItemDto {
    const item = i.project ?? i.policy ?? null;
    const isPublic = i.project ? PUBLIC_STATUSES.includes(i.project.status) : i.policy?.status === 'published';
    return {
      id: i.id,
      reference: i.reference,
      status: i.status,
      createdAt: i.createdAt.toISOString(),
      dueAt: i.dueAt.toISOString(),
      overdue: OPEN.includes(i.status) && i.dueAt.getTime() < Date.now(),
      subject: item ? { type: i.project ? 'project' : 'policy', slug: item.slug, title: item.title, public: isPublic } : null,
      department: { code: i.department!.code, name: { vi: i.department!.nameVi, en: i.department!.nameEn } },
      assignee: i.assignee ? { id: i.assignee.id, displayName: i.assignee.displayName } : null,
      name: i.name,
      organisation: i.organisation,
      country: i.country,
      preferredLang: i.preferredLang,
      replies,
    };
  }
}
