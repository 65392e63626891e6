import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { OutboxRow } from './outbox.entity.js';

@Injectable()
export class OutboxService {
  /** Call inside the transaction that changed what the public sees; nothing is sent from a request. */
  async enqueue(em: EntityManager, entityType: OutboxRow['entityType'], entityId: string): Promise<void> {
    await em.insert(OutboxRow, { entityType, entityId });
    // Delivered at commit (and dropped on rollback): wakes the worker instead of waiting for its poll.
    await em.query(`SELECT pg_notify('search_outbox', '')`);
  }
}
