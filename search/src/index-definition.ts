import type { Meilisearch, Settings } from 'meilisearch';
import { settle } from './tasks.js';

/** An index as code: its uid, primary key and full settings. Changing one is a reviewed change. */
export interface IndexDefinition {
  uid: string;
  primaryKey: string;
  settings: Settings;
}

const INDEX_UID = /^[A-Za-z0-9_-]{1,400}$/;

export function validateIndexDefinition(def: IndexDefinition): void {
  if (!INDEX_UID.test(def.uid)) {
    throw new Error(`Invalid index uid "${def.uid}": use letters, digits, "-" and "_" only`);
  }
  if (!def.primaryKey) throw new Error(`Index "${def.uid}" has no primary key`);
  const filterable = new Set((def.settings.filterableAttributes ?? []).map((a) => (typeof a === 'string' ? a : '')));
  for (const sortable of def.settings.sortableAttributes ?? []) {
    if (sortable === '_geo' && !filterable.has('_geo')) {
      throw new Error(`Index "${def.uid}": _geo is sortable but not filterable`);
    }
  }
}

/** Prefix lets tests and blue/green rebuilds use their own index names without touching code. */
export function indexUid(def: IndexDefinition, prefix = ''): string {
  return `${prefix}${def.uid}`;
}

/**
 * Creates the index when missing and applies its settings, waiting for both tasks, so documents
 * are never added to an index whose settings are not in place yet.
 */
export async function applyIndexDefinition(
  client: Meilisearch,
  def: IndexDefinition,
  prefix = '',
): Promise<void> {
  validateIndexDefinition(def);
  const uid = indexUid(def, prefix);
  const existing = await client.getIndex(uid).then(
    (index) => index,
    (err: unknown) => {
      if (isIndexNotFound(err)) return null;
      throw err;
    },
  );
  if (!existing) {
    await settle(client.createIndex(uid, { primaryKey: def.primaryKey }));
  } else if (existing.primaryKey && existing.primaryKey !== def.primaryKey) {
    throw new Error(
      `Index "${uid}" has primary key "${existing.primaryKey}", definition says "${def.primaryKey}"; rebuild it`,
    );
  }
  await settle(client.index(uid).updateSettings(def.settings));
}

function isIndexNotFound(err: unknown): boolean {
  const code = (err as { cause?: { code?: string } } | null)?.cause?.code;
  return code === 'index_not_found';
}
