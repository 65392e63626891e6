import { Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/** Settings administrators change at run time (one JSON value per section); defaults come from config. */
@Entity('portal_settings')
export class PortalSetting {
  @PrimaryColumn({ type: 'varchar', length: 40 })
  key!: string;

  @Column({ type: 'jsonb' })
  value!: unknown;

  @Column({ name: 'updated_by', type: 'uuid', nullable: true })
  updatedBy!: string | null;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
