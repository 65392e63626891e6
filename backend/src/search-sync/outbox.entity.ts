import { Check, Column, CreateDateColumn, Entity, Index, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';

/**
 * "The public view of this item changed": written in the same transaction as the change, read by
 * the sync worker. Rows carry no document: the worker rebuilds it from the current row, so a
 * replayed or reordered row can only ever send the newest state.
 */
@Entity('search_outbox')
@Index('search_outbox_pending_idx', ['nextAttemptAt', 'id'], { where: '"done_at" IS NULL AND "parked_at" IS NULL' })
@Index('search_outbox_cursor_idx', ['txid', 'id'])
@Check('search_outbox_entity_type_check', `"entity_type" IN ('project', 'policy', 'news')`)
export class OutboxRow {
  @PrimaryGeneratedColumn('increment', { type: 'bigint' })
  id!: string;

  @Column({ name: 'entity_type', type: 'varchar', length: 16 })
  entityType!: 'project' | 'policy' | 'news';

  @Column({ name: 'entity_id', type: 'uuid' })
  entityId!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ type: 'integer', default: 0 })
  attempts!: number;

  @Column({ name: 'next_attempt_at', type: 'timestamptz', default: () => 'now()' })
  nextAttemptAt!: Date;

  @Column({ name: 'last_error', type: 'text', nullable: true })
  lastError!: string | null;

  @Column({ name: 'done_at', type: 'timestamptz', nullable: true })
  doneAt!: Date | null;

  @Column({ name: 'parked_at', type: 'timestamptz', nullable: true })
  parkedAt!: Date | null;

  /** The writing transaction: a node's cursor only passes rows whose transaction has ended (ADR 017). */
  @Column({ type: 'bigint', default: () => 'search_outbox_txid()', insert: false, update: false })
  txid!: string;
}

/** How far one further Meilisearch node has read the outbox. */
@Entity('search_node_cursors')
export class SearchNodeCursor {
  @PrimaryColumn({ type: 'varchar', length: 300, primaryKeyConstraintName: 'search_node_cursors_pkey' })
  node!: string;

  @Column({ type: 'bigint', default: '0' })
  txid!: string;

  @Column({ name: 'outbox_id', type: 'bigint', default: '0' })
  outboxId!: string;

  /** Null until the node got its full copy (a new or emptied node). */
  @Column({ name: 'filled_at', type: 'timestamptz', nullable: true })
  filledAt!: Date | null;

  @Column({ type: 'integer', default: 0 })
  failures!: number;

  @Column({ name: 'last_error', type: 'text', nullable: true })
  lastError!: string | null;

  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'now()' })
  updatedAt!: Date;
}
