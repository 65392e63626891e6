import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  JoinTable,
  ManyToMany,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';
import type { Localized } from '../common/localized.js';
import type { Status } from '../common/workflow.js';
import { Department } from '../departments/department.entity.js';
import { AdministrativeUnit, Sector } from '../taxonomies/taxonomy.entities.js';

export const INCENTIVE_TYPES = [
  'corporate_income_tax',
  'import_duty',
  'land_rent',
  'land_use_fee',
  'investment_support',
  'credit',
  'training',
  'infrastructure',
  'other',
] as const;
export type IncentiveType = (typeof INCENTIVE_TYPES)[number];

/** An incentive policy, with the legal document it rests on. */
@Entity('policies')
@Index('policies_code_key', ['code'], { unique: true })
@Index('policies_slug_key', ['slug'], { unique: true })
@Check('policies_status_check', `"status" IN ('draft', 'submitted', 'published', 'rejected', 'archived')`)
export class Policy {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'varchar', length: 32 })
  code!: string;

  @Column({ type: 'varchar', length: 120 })
  slug!: string;

  @Column({ name: 'department_id', type: 'uuid' })
  departmentId!: string;

  @ManyToOne(() => Department, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'department_id' })
  department?: Department;

  @Column({ type: 'jsonb' })
  title!: Localized;

  @Column({ type: 'jsonb' })
  summary!: Localized;

  /** Sanitised HTML in both languages. */
  @Column({ type: 'jsonb' })
  body!: Localized;

  @Column({ name: 'legal_number', type: 'varchar', length: 64 })
  legalNumber!: string;

  @Column({ name: 'legal_issuer', type: 'jsonb' })
  legalIssuer!: Localized;

  @Column({ name: 'legal_date', type: 'date' })
  legalDate!: string;

  @Column({ name: 'valid_from', type: 'date', nullable: true })
  validFrom!: string | null;

  @Column({ name: 'valid_to', type: 'date', nullable: true })
  validTo!: string | null;

  @Column({ name: 'incentive_types', type: 'varchar', length: 32, array: true, default: () => `'{}'` })
  incentiveTypes!: IncentiveType[];

  @ManyToMany(() => Sector)
  @JoinTable({ name: 'policy_sectors', joinColumn: { name: 'policy_id' }, inverseJoinColumn: { name: 'sector_id' } })
  sectors?: Sector[];

  /** Empty: the policy applies to the whole province. */
  @ManyToMany(() => AdministrativeUnit)
  @JoinTable({ name: 'policy_units', joinColumn: { name: 'policy_id' }, inverseJoinColumn: { name: 'unit_id' } })
  units?: AdministrativeUnit[];

  @Column({ type: 'varchar', length: 16, default: 'draft' })
  status!: Status;

  @Column({ name: 'review_comment', type: 'text', nullable: true })
  reviewComment!: string | null;

  @Column({ name: 'submitted_at', type: 'timestamptz', nullable: true })
  submittedAt!: Date | null;

  @Column({ name: 'published_at', type: 'timestamptz', nullable: true })
  publishedAt!: Date | null;

  /** The version whose English an editor confirmed (scoring/completeness.ts englishParity). */
  @Column({ name: 'english_reviewed_version', type: 'integer', nullable: true })
  englishReviewedVersion!: number | null;

  /** Content as last published (see common/changes.ts): the review queue diffs against it. */
  @Column({ name: 'published_snapshot', type: 'jsonb', nullable: true })
  publishedSnapshot!: Record<string, unknown> | null;

  @VersionColumn({ default: 1 })
  version!: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
