import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

/** Columns every taxonomy term has: a stable code (used in filters and URLs) and names in both languages. */
abstract class Term {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'varchar', length: 64 })
  code!: string;

  @Column({ name: 'name_vi', type: 'varchar', length: 200 })
  nameVi!: string;

  @Column({ name: 'name_en', type: 'varchar', length: 200, nullable: true })
  nameEn!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}

@Entity('sectors')
@Index('sectors_code_key', ['code'], { unique: true })
export class Sector extends Term {}

@Entity('investment_forms')
@Index('investment_forms_code_key', ['code'], { unique: true })
export class InvestmentForm extends Term {}

export const UNIT_KINDS = ['province', 'ward', 'commune', 'special_zone'] as const;
export type UnitKind = (typeof UNIT_KINDS)[number];

/**
 * Administrative units are data, not code: the 2025 reform removed districts and merged provinces,
 * and older decisions still name the old units (kept in legacy_name).
 */
@Entity('administrative_units')
@Index('administrative_units_code_key', ['code'], { unique: true })
@Check('administrative_units_kind_check', `"kind" IN ('province', 'ward', 'commune', 'special_zone')`)
export class AdministrativeUnit extends Term {
  @Column({ type: 'varchar', length: 16 })
  kind!: UnitKind;

  @Column({ name: 'parent_id', type: 'uuid', nullable: true })
  parentId!: string | null;

  @ManyToOne(() => AdministrativeUnit, { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn({ name: 'parent_id' })
  parent?: AdministrativeUnit | null;

  @Column({ name: 'legacy_name', type: 'varchar', length: 200, nullable: true })
  legacyName!: string | null;
}
