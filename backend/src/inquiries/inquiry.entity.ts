import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { Department } from '../departments/department.entity.js';
import { Policy } from '../policies/policy.entity.js';
import { Project } from '../projects/project.entity.js';
import { User } from '../users/user.entity.js';

export const INQUIRY_STATUSES = ['new', 'acknowledged', 'answered', 'closed', 'spam'] as const;
export type InquiryStatus = (typeof INQUIRY_STATUSES)[number];

/**
 * A question from an investor. Holds personal data: it never reaches logs, search indexes,
 * feeds or public responses; the sender reads it back only through the private tracking link,
 * whose token is stored hashed.
 */
@Entity('inquiries')
@Index('inquiries_reference_key', ['reference'], { unique: true })
@Index('inquiries_tracking_key', ['trackingHash'], { unique: true })
@Index('inquiries_department_status_idx', ['departmentId', 'status'])
@Index('inquiries_email_idx', ['email'])
@Check('inquiries_status_check', `"status" IN ('new', 'acknowledged', 'answered', 'closed', 'spam')`)
@Check('inquiries_subject_check', `"project_id" IS NULL OR "policy_id" IS NULL`)
@Check('inquiries_rating_check', `"rating" IS NULL OR "rating" BETWEEN 1 AND 5`)
export class Inquiry {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** Human reference quoted in mails and on the phone, e.g. YC-2026-000042. */
  @Column({ type: 'varchar', length: 20 })
  reference!: string;

  /** sha256 of the tracking token (hex): a database leak does not reveal working links. */
  @Column({ name: 'tracking_hash', type: 'char', length: 64 })
  trackingHash!: string;

  @Column({ name: 'project_id', type: 'uuid', nullable: true })
  projectId!: string | null;

  @ManyToOne(() => Project, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'project_id' })
  project?: Project | null;

  @Column({ name: 'policy_id', type: 'uuid', nullable: true })
  policyId!: string | null;

  @ManyToOne(() => Policy, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'policy_id' })
  policy?: Policy | null;

  /** The department that must answer: the owner of the project or policy, or the intake department. */
  @Column({ name: 'department_id', type: 'uuid' })
  departmentId!: string;

  @ManyToOne(() => Department, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'department_id' })
  department?: Department;

  @Column({ type: 'varchar', length: 120 })
  name!: string;

  @Column({ type: 'varchar', length: 200, nullable: true })
  organisation!: string | null;

  @Column({ type: 'char', length: 2 })
  country!: string;

  @Column({ type: 'varchar', length: 254 })
  email!: string;

  @Column({ type: 'varchar', length: 40, nullable: true })
  phone!: string | null;

  @Column({ name: 'preferred_lang', type: 'varchar', length: 2 })
  preferredLang!: 'vi' | 'en';

  @Column({ type: 'text' })
  message!: string;

  @Column({ name: 'consent_version', type: 'varchar', length: 32 })
  consentVersion!: string;

  @Column({ name: 'consented_at', type: 'timestamptz' })
  consentedAt!: Date;

  @Column({ type: 'varchar', length: 16, default: 'new' })
  status!: InquiryStatus;

  @Column({ name: 'due_at', type: 'timestamptz' })
  dueAt!: Date;

  /** The officer who owns the answer. */
  @Column({ name: 'assignee_id', type: 'uuid', nullable: true })
  assigneeId!: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'assignee_id' })
  assignee?: User | null;

  @Column({ name: 'acknowledged_at', type: 'timestamptz', nullable: true })
  acknowledgedAt!: Date | null;

  /** First reply: the response time counts to here. */
  @Column({ name: 'answered_at', type: 'timestamptz', nullable: true })
  answeredAt!: Date | null;

  @Column({ name: 'closed_at', type: 'timestamptz', nullable: true })
  closedAt!: Date | null;

  /** Set when the overdue escalation mail was queued: it goes once. */
  @Column({ name: 'escalated_at', type: 'timestamptz', nullable: true })
  escalatedAt!: Date | null;

  /** Personal data removed (erasure request or retention period); the statistics stay. */
  @Column({ name: 'anonymised_at', type: 'timestamptz', nullable: true })
  anonymisedAt!: Date | null;

  @Column({ type: 'smallint', nullable: true })
  rating!: number | null;

  @Column({ name: 'rating_comment', type: 'text', nullable: true })
  ratingComment!: string | null;

  @Column({ name: 'rated_at', type: 'timestamptz', nullable: true })
  ratedAt!: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}

/** An answer sent to the investor (written from the department's inbox). */
@Entity('inquiry_replies')
@Index('inquiry_replies_inquiry_idx', ['inquiryId', 'createdAt'])
export class InquiryReply {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'inquiry_id', type: 'uuid' })
  inquiryId!: string;

  @ManyToOne(() => Inquiry, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'inquiry_id' })
  inquiry?: Inquiry;

  @Column({ name: 'author_id', type: 'uuid', nullable: true })
  authorId!: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'author_id' })
  author?: User | null;

  @Column({ type: 'text' })
  body!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}

/** Internal note of the department; never shown to the investor. */
@Entity('inquiry_notes')
@Index('inquiry_notes_inquiry_idx', ['inquiryId', 'createdAt'])
export class InquiryNote {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'inquiry_id', type: 'uuid' })
  inquiryId!: string;

  @ManyToOne(() => Inquiry, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'inquiry_id' })
  inquiry?: Inquiry;

  @Column({ name: 'author_id', type: 'uuid', nullable: true })
  authorId!: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'author_id' })
  author?: User | null;

  @Column({ type: 'text' })
  body!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
