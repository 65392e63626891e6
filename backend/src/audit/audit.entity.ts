import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** Who did what to which object, when, and which fields changed (before → after). */
@Entity('audit_log')
@Index('audit_log_object_idx', ['objectType', 'objectId', 'createdAt'])
export class AuditEntry {
  @PrimaryGeneratedColumn('increment', { type: 'bigint' })
  id!: string;

  @Column({ name: 'actor_id', type: 'uuid', nullable: true })
  actorId!: string | null;

  @Column({ name: 'actor_email', type: 'varchar', length: 254, nullable: true })
  actorEmail!: string | null;

  @Column({ type: 'varchar', length: 40 })
  action!: string;

  @Column({ name: 'object_type', type: 'varchar', length: 40 })
  objectType!: string;

  @Column({ name: 'object_id', type: 'uuid' })
  objectId!: string;

  @Column({ type: 'jsonb', default: () => `'{}'` })
  changes!: Record<string, { from: unknown; to: unknown }>;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
