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

  /** Many items of one type in one statement (news ingest queues up to a few hundred at once). */
  async enqueueMany(em: EntityManager, entityType: OutboxRow['entityType'], entityIds: string[]): Promise<void> {
    if (!entityIds.length) return;
    await em.query(`INSERT INTO search_outbox (entity_type, entity_id) SELECT $1, unnest($2::uuid[])`, [entityType, entityIds]);
    await em.query(`SELECT pg_notify('search_outbox', '')`);
  }

  /**
   * A renamed or recoded term or department changes the labels and codes inside documents: every
   * public project and policy that refers to it is sent again.
   */
  async enqueueReferencing(em: EntityManager, kind: 'sector' | 'unit' | 'form' | 'department', id: string): Promise<void> {
    const projects = {
      sector: `SELECT ps.project_id FROM project_sectors ps WHERE ps.sector_id = $1`,
      unit: `SELECT p.id FROM projects p WHERE p.unit_id = $1`,
      form: `SELECT p.id FROM projects p WHERE p.investment_form_id = $1`,
      department: `SELECT p.id FROM projects p WHERE p.department_id = $1`,
    }[kind];
    const policies = {
      sector: `SELECT x.policy_id FROM policy_sectors x WHERE x.sector_id = $1`,
      unit: `SELECT x.policy_id FROM policy_units x WHERE x.unit_id = $1`,
      form: null,
      department: `SELECT p.id FROM policies p WHERE p.department_id = $1`,
    }[kind];
    await em.query(
      `INSERT INTO search_outbox (entity_type, entity_id)
       SELECT 'project', id FROM projects WHERE status IN ('published', 'awarded') AND id IN (${projects})`,
      [id],
    );
    if (policies) {
      await em.query(
        `INSERT INTO search_outbox (entity_type, entity_id)
         SELECT 'policy', id FROM policies WHERE status = 'published' AND id IN (${policies})`,
        [id],
      );
    }
    await em.query(`SELECT pg_notify('search_outbox', '')`);
  }
}
