import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { Localized } from '../common/localized.js';

export type OwnerType = 'project' | 'policy';

/** An uploaded document or image attached to a project or policy; bytes live in storage. */
@Entity('documents')
@Index('documents_owner_idx', ['ownerType', 'ownerId'])
@Check('documents_owner_type_check', `"owner_type" IN ('project', 'policy')`)
@Check('documents_kind_check', `"kind" IN ('document', 'image')`)
export class DocumentFile {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'owner_type', type: 'varchar', length: 16 })
  ownerType!: OwnerType;

  @Column({ name: 'owner_id', type: 'uuid' })
  ownerId!: string;

  @Column({ type: 'varchar', length: 16 })
  kind!: 'document' | 'image';

  @Column({ type: 'jsonb' })
  title!: Localized;

  @Column({ name: 'file_name', type: 'varchar', length: 255 })
  fileName!: string;

  @Column({ name: 'mime_type', type: 'varchar', length: 120 })
  mimeType!: string;

  @Column({ name: 'size_bytes', type: 'integer' })
  sizeBytes!: number;

  @Column({ name: 'storage_key', type: 'varchar', length: 200 })
  storageKey!: string;

  @Column({ type: 'varchar', length: 64 })
  sha256!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
