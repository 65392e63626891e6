import { Check, Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { Localized } from '../common/localized.js';

/** A named contact official (Decree 42/2022/ND-CP asks for these, in English too). */
export interface ContactOfficial {
  name: string;
  position: Localized;
  phone: string | null;
  email: string | null;
}

export const DEPARTMENT_KINDS = ['department', 'industrial_zone_board', 'commune', 'other'] as const;
export type DepartmentKind = (typeof DEPARTMENT_KINDS)[number];

/** A unit that supplies information to the portal: provincial department, industrial-zone board, commune. */
@Entity('departments')
@Check('departments_kind_check', `"kind" IN ('department', 'industrial_zone_board', 'commune', 'other')`)
export class Department {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'varchar', length: 32, unique: true })
  code!: string;

  @Column({ name: 'name_vi', type: 'varchar', length: 300 })
  nameVi!: string;

  /** Null until translated: the English site shows that honestly instead of hiding the unit. */
  @Column({ name: 'name_en', type: 'varchar', length: 300, nullable: true })
  nameEn!: string | null;

  @Column({ type: 'varchar', length: 32 })
  kind!: DepartmentKind;

  @Column({ type: 'jsonb', nullable: true })
  address!: Localized | null;

  @Column({ type: 'jsonb', default: () => `'[]'` })
  contacts!: ContactOfficial[];

  @Column({ name: 'office_lat', type: 'double precision', nullable: true })
  officeLat!: number | null;

  @Column({ name: 'office_lng', type: 'double precision', nullable: true })
  officeLng!: number | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
