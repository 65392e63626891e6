import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** What investors look for (no personal data: no IP, no cookie, no user): for analytics. */
@Entity('search_queries')
@Index('search_queries_created_idx', ['createdAt'])
export class SearchQueryLog {
  @PrimaryGeneratedColumn('increment', { type: 'bigint' })
  id!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'index_name', type: 'varchar', length: 16 })
  indexName!: string;

  /** Lower-cased, NFC, whitespace collapsed. */
  @Column({ type: 'varchar', length: 200 })
  query!: string;

  @Column({ type: 'jsonb', default: () => `'{}'` })
  filters!: Record<string, unknown>;

  @Column({ name: 'result_count', type: 'integer' })
  resultCount!: number;

  @Column({ type: 'varchar', length: 2 })
  lang!: string;

  @Column({ type: 'boolean', default: false })
  degraded!: boolean;
}
