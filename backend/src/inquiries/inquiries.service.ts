import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { createHash, randomBytes } from 'node:crypto';
import { IsNull, type DataSource, type EntityManager } from 'typeorm';
import { FieldError } from '../common/errors.js';
import { PUBLIC_STATUSES } from '../common/workflow.js';
import type { AppConfig } from '../config/config.js';
import { APP_CONFIG } from '../config/config.module.js';
import { Department } from '../departments/department.entity.js';
import { Policy } from '../policies/policy.entity.js';
import { Project } from '../projects/project.entity.js';
import { MailService } from '../mail/mail.service.js';
import { PortalSettingsService } from '../settings/portal-settings.service.js';
import { User } from '../users/user.entity.js';
import { CONSENT } from './consent.js';
import { acknowledgementMail, newInquiryMail } from './mails.js';
import { COUNTRY_CODES } from './countries.js';
import { dueAfterWorkingDays } from './due.js';
import type { CreateInquiryDto, RateInquiryDto } from './dto/inquiry-input.dto.js';
import type { InquiryCreatedDto, InquiryFormDto, InquiryTrackingDto } from './dto/inquiry-output.dto.js';
import { AlreadyRatedError, ConsentVersionError, NoIntakeDepartmentError, NotRateableError, TrackingNotFoundError } from './inquiries.errors.js';
import { Inquiry, InquiryReply } from './inquiry.entity.js';

/** 32 random bytes, base64url: 43 characters. */
const TOKEN = /^[A-Za-z0-9_-]{43}$/;
const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

@Injectable()
export class InquiriesService {
  private readonly logger = new Logger('Inquiries');

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly settings: PortalSettingsService,
    private readonly mail: MailService,
  ) {}

  async form(): Promise<InquiryFormDto> {
    return {
      consentVersion: CONSENT.version,
      consentText: CONSENT.text,
      countries: [...COUNTRY_CODES],
      intakeDepartment: (await this.settings.inquiries()).intakeDepartment,
    };
  }

  /**
   * Anyone may send one (the access rule is public). Routed to the department that owns the
   * project or policy, or to the intake department; a filled honeypot is kept, marked as spam.
   */
  async create(dto: CreateInquiryDto): Promise<InquiryCreatedDto> {
    if (dto.consentVersion !== CONSENT.version) throw new ConsentVersionError(CONSENT.version);
    const settings = await this.settings.inquiries();
    const route = await this.route(dto.subject ?? null, settings.intakeDepartment);
    const token = randomBytes(32).toString('base64url');
    const now = new Date();
    const inquiry = await this.db.transaction(async (em) => {
      const [{ n }] = await em.query(`SELECT nextval('inquiry_reference_seq')::text AS n`);
      const saved = await em.save(
        em.create(Inquiry, {
          reference: `YC-${now.getFullYear()}-${n.padStart(6, '0')}`,
          trackingHash: hashToken(token),
          projectId: route.projectId,
          policyId: route.policyId,
          departmentId: route.departmentId,
          name: dto.name,
          organisation: dto.organisation ?? null,
          country: dto.country,
          email: dto.email.toLowerCase(),
          phone: dto.phone ?? null,
          preferredLang: dto.preferredLang,
          message: dto.message,
          consentVersion: dto.consentVersion,
          consentedAt: now,
          status: dto.website?.trim() ? 'spam' : 'new',
          dueAt: dueAfterWorkingDays(now, settings.responseDays, new Set(settings.holidays)),
        }),
      );
      // A bot that filled the honeypot gets no mail out of us, and nobody is disturbed.
      if (saved.status !== 'spam') await this.queueCreatedMails(em, saved, token);
      return saved;
    });
    // Reference only: personal data never goes to the log.
    this.logger.log(`inquiry ${inquiry.reference} received${inquiry.status === 'spam' ? ' (honeypot: marked as spam)' : ''}`);
    return {
      reference: inquiry.reference,
      token,
      trackingPath: `/${dto.preferredLang}/inquiries/track/${token}`,
      dueAt: inquiry.dueAt.toISOString(),
    };
  }

  async track(token: string): Promise<InquiryTrackingDto> {
    const inquiry = await this.findByToken(token);
    const replies = await this.db.getRepository(InquiryReply).find({ where: { inquiryId: inquiry.id }, order: { createdAt: 'ASC' } });
    return this.toTracking(inquiry, replies);
  }

  /** Once, after an answer. The row lock keeps two simultaneous ratings from both landing. */
  async rate(token: string, dto: RateInquiryDto): Promise<InquiryTrackingDto> {
    if (!TOKEN.test(token)) throw new TrackingNotFoundError();
    await this.db.transaction(async (em) => {
      const inquiry = await em.getRepository(Inquiry).findOne({ where: { trackingHash: hashToken(token) }, lock: { mode: 'pessimistic_write' } });
      if (!inquiry) throw new TrackingNotFoundError();
      if (inquiry.status !== 'answered' && inquiry.status !== 'closed') throw new NotRateableError();
      if (inquiry.rating !== null) throw new AlreadyRatedError();
      inquiry.rating = dto.score;
      inquiry.ratingComment = dto.comment ?? null;
      inquiry.ratedAt = new Date();
      await em.save(inquiry);
    });
    return this.track(token);
  }

  private async findByToken(token: string): Promise<Inquiry> {
    if (!TOKEN.test(token)) throw new TrackingNotFoundError();
    const inquiry = await this.db.getRepository(Inquiry).findOne({
      where: { trackingHash: hashToken(token) },
      relations: { department: true, project: true, policy: true },
    });
    if (!inquiry) throw new TrackingNotFoundError();
    return inquiry;
  }

  /** Acknowledgement to the investor, notice to the department's officers: same transaction, via the mail outbox. */
  private async queueCreatedMails(em: EntityManager, inquiry: Inquiry, token: string): Promise<void> {
    const department = await em.getRepository(Department).findOneByOrFail({ id: inquiry.departmentId });
    const base = this.config.publicUrl;
    const context = {
      id: inquiry.id,
      reference: inquiry.reference,
      name: inquiry.name,
      departmentName: { vi: department.nameVi, en: department.nameEn },
      dueAt: inquiry.dueAt,
      portalUrl: `${base}/${inquiry.preferredLang}`,
      portalName: this.config.portal.name,
    };
    const officers = await em.getRepository(User).find({ where: { departmentId: inquiry.departmentId, role: 'officer', disabledAt: IsNull() }, select: { email: true } });
    await this.mail.enqueue(em, [
      acknowledgementMail({ ...context, lang: inquiry.preferredLang, to: inquiry.email }, `${base}/${inquiry.preferredLang}/inquiries/track/${token}`),
      ...officers.map((o) => newInquiryMail(context, o.email, `${base}/workspace/inbox/${inquiry.id}`)),
    ]);
  }

  private async route(subject: CreateInquiryDto['subject'] | null, intakeCode: string): Promise<{ departmentId: string; projectId: string | null; policyId: string | null }> {
    if (subject?.type === 'project') {
      const project = await this.db.getRepository(Project).findOne({ where: { slug: subject.slug }, select: { id: true, departmentId: true, status: true } });
      if (!project || !PUBLIC_STATUSES.includes(project.status)) throw new FieldError('subject.slug', 'subject.slug is not a published project');
      return { departmentId: project.departmentId, projectId: project.id, policyId: null };
    }
    if (subject?.type === 'policy') {
      const policy = await this.db.getRepository(Policy).findOne({ where: { slug: subject.slug }, select: { id: true, departmentId: true, status: true } });
      if (!policy || policy.status !== 'published') throw new FieldError('subject.slug', 'subject.slug is not a published policy');
      return { departmentId: policy.departmentId, projectId: null, policyId: policy.id };
    }
    const intake = await this.db.getRepository(Department).findOne({ where: { code: intakeCode }, select: { id: true } });
    if (!intake) throw new NoIntakeDepartmentError(intakeCode);
    return { departmentId: intake.id, projectId: null, policyId: null };
  }

  private toTracking(inquiry: Inquiry, replies: InquiryReply[]): InquiryTrackingDto {
    const d = inquiry.department!;
    const item = inquiry.project ?? inquiry.policy ?? null;
    const isPublic = inquiry.project ? PUBLIC_STATUSES.includes(inquiry.project.status) : inquiry.policy?.status === 'published';
    return {
      reference: inquiry.reference,
      // A honeypot catch looks like any new inquiry: bots learn nothing.
      status: inquiry.status === 'spam' ? 'new' : inquiry.status,
      createdAt: inquiry.createdAt.toISOString(),
      dueAt: inquiry.dueAt.toISOString(),
      subject: item ? { type: inquiry.project ? 'project' : 'policy', slug: item.slug, title: item.title, public: isPublic } : null,
      department: { code: d.code, name: { vi: d.nameVi, en: d.nameEn } },
      preferredLang: inquiry.preferredLang,
      message: inquiry.message,
      replies: replies.map((r) => ({ body: r.body, sentAt: r.createdAt.toISOString() })),
      rating: inquiry.rating === null ? null : { score: inquiry.rating, comment: inquiry.ratingComment, ratedAt: inquiry.ratedAt!.toISOString() },
      canRate: inquiry.rating === null && (inquiry.status === 'answered' || inquiry.status === 'closed'),
    };
  }
}
