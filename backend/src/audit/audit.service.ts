import { ForbiddenException, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import type { Actor } from '../common/access.js';
import { AuditEntry } from './audit.entity.js';
import type { AuditEntryDto, AuditQueryDto } from './dto/audit.dto.js';

export type Changes = Record<string, { from: unknown; to: unknown }>;

/** Field-by-field difference of two plain snapshots (JSON-comparable values). */
export function diff(before: Record<string, unknown> | null, after: Record<string, unknown> | null): Changes {
  const changes: Changes = {};
  const keys = new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})]);
  for (const key of keys) {
    const from = before?.[key] ?? null;
    const to = after?.[key] ?? null;
    if (JSON.stringify(from) !== JSON.stringify(to)) changes[key] = { from, to };
  }
  return changes;
}

@Injectable()
export class AuditService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** Always inside the caller's transaction: the audit row exists exactly when the write does. */
  async record(em: EntityManager, actor: Actor | null, action: string, objectType: string, objectId: string, changes: Changes): Promise<void> {
    await em.insert(AuditEntry, {
      actorId: actor?.userId ?? null,
      actorEmail: actor?.email ?? null,
      action,
      objectType,
      objectId,
      // jsonb: TypeORM's deep-partial typing does not model arbitrary JSON objects.
      changes: changes as never,
    });
  }

  async list(actor: Actor, query: AuditQueryDto): Promise<AuditEntryDto[]> {
    // Accounts are administered by admins only; so is their history.
    if (query.objectType === 'user' && actor.role !== 'admin') throw new ForbiddenException('Only administrators read account history');
    const rows = await this.db.getRepository(AuditEntry).find({
      where: { objectType: query.objectType, objectId: query.objectId },
      // Newest first: on a busy object the latest changes are what a reviewer needs.
      order: { createdAt: 'DESC', id: 'DESC' },
      take: 500,
    });
    return rows.map((r) => ({
      id: r.id,
      actorId: r.actorId,
      actorEmail: r.actorEmail,
      action: r.action,
      objectType: r.objectType,
      objectId: r.objectId,
      changes: r.changes,
      createdAt: r.createdAt.toISOString(),
    }));
  }
}
