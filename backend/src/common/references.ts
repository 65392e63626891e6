import type { EntityManager, ObjectLiteral, EntityTarget } from 'typeorm';
import { In } from 'typeorm';
import { FieldError } from './errors.js';

/** Loads the rows for the given ids or fails with a 400 naming the field and the unknown ids. */
export async function loadRefs<T extends ObjectLiteral & { id: string }>(
  em: EntityManager,
  entity: EntityTarget<T>,
  ids: string[],
  field: string,
): Promise<T[]> {
  const unique = [...new Set(ids)];
  if (!unique.length) return [];
  const rows = await em.getRepository(entity).findBy({ id: In(unique) } as never);
  const found = new Set(rows.map((r) => r.id));
  const missing = unique.filter((id) => !found.has(id));
  if (missing.length) throw new FieldError(field, `${field} contains unknown ids: ${missing.join(', ')}`);
  return unique.map((id) => rows.find((r) => r.id === id)!);
}
