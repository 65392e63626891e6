import type { LandStatusKind } from '@invest-portal/search';
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
import { Policy } from '../policies/policy.entity.js';
import { AdministrativeUnit, InvestmentForm, Sector } from '../taxonomies/taxonomy.entities.js';

export interface ContactPerson {
  name: string;
  position: Localized;
  phone: string | null;
  email: string | null;
}

/** GeoJSON polygon of the land plot: one ring of [lng, lat] pairs. */
export interface LandPlot {
  type: 'Polygon';
  coordinates: [number, number][][];
}

/** A call for investment. */
@Entity('projects')
@Index('projects_code_key', ['code'], { unique: true })
@Index('projects_slug_key', ['slug'], { unique: true })
@Index('projects_department_status_idx', ['departmentId', 'status'])
@Check('projects_status_check', `"status" IN ('draft', 'submitted', 'published', 'rejected', 'archived', 'awarded')`)
@Check('projects_location_check', `"lat" BETWEEN -90 AND 90 AND "lng" BETWEEN -180 AND 180`)
@Check('projects_area_check', `"area_ha" IS NULL OR "area_ha" > 0`)
@Check('projects_capital_check', `"capital_vnd" IS NULL OR "capital_vnd" > 0`)
@Check('projects_land_status_kind_check', `"land_status_kind" IS NULL OR "land_status_kind" IN ('cleared', 'clearing', 'not_cleared', 'industrial_zone')`)
export class Project {
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

  @Column({ type: 'jsonb' })
  description!: Localized;

  @Column({ name: 'land_status', type: 'jsonb', nullable: true })
  landStatus!: Localized | null;

  /** The category behind the land status text (a search facet); see LAND_STATUSES in search/. */
  @Column({ name: 'land_status_kind', type: 'varchar', length: 32, nullable: true })
  landStatusKind!: LandStatusKind | null;

  /** Chosen by the editorial board for the home page. */
  @Column({ type: 'boolean', default: false })
  featured!: boolean;

  @Column({ type: 'jsonb', nullable: true })
  infrastructure!: Localized | null;

  @Column({ type: 'jsonb', nullable: true })
  timeline!: Localized | null;

  @Column({ type: 'jsonb', nullable: true })
  objectives!: Localized | null;

  @ManyToMany(() => Sector)
  @JoinTable({ name: 'project_sectors', joinColumn: { name: 'project_id' }, inverseJoinColumn: { name: 'sector_id' } })
  sectors?: Sector[];

  @Column({ name: 'unit_id', type: 'uuid' })
  unitId!: string;

  @ManyToOne(() => AdministrativeUnit, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'unit_id' })
  unit?: AdministrativeUnit;

  @Column({ name: 'investment_form_id', type: 'uuid', nullable: true })
  investmentFormId!: string | null;

  @ManyToOne(() => InvestmentForm, { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn({ name: 'investment_form_id' })
  investmentForm?: InvestmentForm | null;

  @ManyToMany(() => Policy)
  @JoinTable({ name: 'project_policies', joinColumn: { name: 'project_id' }, inverseJoinColumn: { name: 'policy_id' } })
  policies?: Policy[];

  @Column({ type: 'double precision' })
  lat!: number;

  @Column({ type: 'double precision' })
  lng!: number;

  @Column({ name: 'land_plot', type: 'jsonb', nullable: true })
  landPlot!: LandPlot | null;

  /** numeric comes back from pg as a string; converted at the edges. */
  @Column({ name: 'area_ha', type: 'numeric', precision: 12, scale: 2, nullable: true })
  areaHa!: string | null;

  /** VND amounts exceed 2^53: bigint, carried as a decimal string. */
  @Column({ name: 'capital_vnd', type: 'bigint', nullable: true })
  capitalVnd!: string | null;

  @Column({ type: 'jsonb', nullable: true })
  contact!: ContactPerson | null;

  @Column({ type: 'varchar', length: 16, default: 'draft' })
  status!: Status;

  @Column({ name: 'review_comment', type: 'text', nullable: true })
  reviewComment!: string | null;

  @Column({ name: 'last_verified_at', type: 'timestamptz', nullable: true })
  lastVerifiedAt!: Date | null;

  /** When the department was reminded to confirm it is still current (quality/freshness-jobs.ts); null again after a confirmation. */
  @Column({ name: 'freshness_reminded_at', type: 'timestamptz', nullable: true })
  freshnessRemindedAt!: Date | null;

  /** When the editorial board was told it is out of date; null again after a confirmation. */
  @Column({ name: 'freshness_escalated_at', type: 'timestamptz', nullable: true })
  freshnessEscalatedAt!: Date | null;

  /** The version whose English an editor confirmed (scoring/completeness.ts englishParity). */
  @Column({ name: 'english_reviewed_version', type: 'integer', nullable: true })
  englishReviewedVersion!: number | null;

  @Column({ name: 'submitted_at', type: 'timestamptz', nullable: true })
  submittedAt!: Date | null;

  @Column({ name: 'published_at', type: 'timestamptz', nullable: true })
  publishedAt!: Date | null;

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
