import { documentId, INDEXES, settle, type DocType } from '@invest-portal/search';
import type { EnqueuedTaskPromise, Meilisearch } from 'meilisearch';
import type { EntityManager } from 'typeorm';
import { DOC_TYPES, documentsFor } from './sources.js';

export interface Change {
  entity_type: DocType;
  entity_id: string;
}

/**
 * Sends the current public state of the changed items to one Meilisearch node: documents for the
 * items still public, deletions for the rest. Resolves only when every task succeeded.
 */
export async function pushChanges(em: EntityManager, client: Meilisearch, changes: Change[]): Promise<void> {
  const pending: EnqueuedTaskPromise[] = [];
  for (const type of DOC_TYPES) {
    const ids = [...new Set(changes.filter((r) => r.entity_type === type).map((r) => r.entity_id))];
    if (!ids.length) continue;
    const index = client.index(INDEXES[type].uid);
    const docs = await documentsFor(em, type, ids);
    const present = new Set(docs.map((d) => d.id as string));
    const gone = ids.map((id) => documentId(type, id)).filter((id) => !present.has(id));
    if (docs.length) pending.push(index.addDocuments(docs, { primaryKey: 'id' }));
    if (gone.length) pending.push(index.deleteDocuments(gone));
  }
  // Queued together so Meilisearch can batch them; done only when every task succeeded.
  await Promise.all(pending.map((task) => settle(task)));
}
