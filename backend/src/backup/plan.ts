/** Pure planning for a restore: identifier quoting, table order, migration levels, FK checks. */

export function quoteIdent(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

/** Everything we dump and restore lives in the public schema (TypeORM's default). */
export function qualified(table: string): string {
  return `public.${quoteIdent(table)}`;
}

export interface ForeignKey {
  name: string;
  table: string;
  columns: string[];
  refTable: string;
  refColumns: string[];
  deferrable: boolean;
}

export interface LoadOrder {
  /** Referenced tables before the tables that reference them. */
  order: string[];
  /**
   * Foreign keys that ordering tables cannot satisfy: self-references (a parent row may come after
   * its child in the dump) and keys inside a cycle of tables. They are checked at the end instead.
   */
  deferred: ForeignKey[];
}

/**
 * Kahn's algorithm over "referenced before referencing", ties broken by name so the order is
 * stable. Tables left over sit on a cycle: they go last, in name order, and every key between them
 * is deferred.
 */
export function loadOrder(tables: string[], keys: ForeignKey[]): LoadOrder {
  const known = new Set(tables);
  const relevant = keys.filter((k) => known.has(k.table) && known.has(k.refTable));
  const deferred = relevant.filter((k) => k.table === k.refTable);
  const edges = relevant.filter((k) => k.table !== k.refTable);
  const waitingOn = new Map<string, Set<string>>(tables.map((t) => [t, new Set<string>()]));
  for (const k of edges) waitingOn.get(k.table)!.add(k.refTable);
  const order: string[] = [];
  const done = new Set<string>();
  for (;;) {
    const ready = [...waitingOn.keys()].filter((t) => !done.has(t) && [...waitingOn.get(t)!].every((r) => done.has(r))).sort();
    if (!ready.length) break;
    // One at a time, so a table freed by this one still competes by name with the others.
    const next = ready[0]!;
    order.push(next);
    done.add(next);
  }
  const cyclic = tables.filter((t) => !done.has(t)).sort();
  if (cyclic.length) {
    const inCycle = new Set(cyclic);
    order.push(...cyclic);
    deferred.push(...edges.filter((k) => inCycle.has(k.table) && inCycle.has(k.refTable)));
  }
  return { order, deferred };
}

export interface MigrationPlan {
  /** Migrations of this code to apply before the data goes in: exactly the backup's level. */
  upToBackup: string[];
  /** Migrations of this code newer than the backup, applied after the data. */
  newer: string[];
}

/**
 * The backup's migrations must be a prefix of this code's, in the same order: then the schema can
 * be rebuilt at the backup's level, the data loaded, and the newer migrations run over it.
 */
export function planMigrations(backup: string[], code: string[]): MigrationPlan {
  const unknown = backup.filter((m) => !code.includes(m));
  if (unknown.length) {
    throw new Error(
      `the backup was made by a newer version of the portal (migrations this code does not have: ${unknown.join(', ')}); ` +
        'restore it with that version or a later one',
    );
  }
  for (let i = 0; i < backup.length; i++) {
    if (code[i] !== backup[i]) {
      throw new Error(
        `the backup's migrations are not a prefix of this code's: position ${i + 1} is ${backup[i]} in the backup but ${code[i]} here ` +
          '(a migration was skipped or reordered); restore with the version that made the backup',
      );
    }
  }
  return { upToBackup: code.slice(0, backup.length), newer: code.slice(backup.length) };
}

/** Counts rows of `key.table` whose non-NULL key has no row to point to (used when triggers were off). */
export function danglingReferencesSql(key: ForeignKey): string {
  const notNull = key.columns.map((c) => `c.${quoteIdent(c)} IS NOT NULL`).join(' AND ');
  const match = key.columns.map((c, i) => `p.${quoteIdent(key.refColumns[i]!)} = c.${quoteIdent(c)}`).join(' AND ');
  return `SELECT count(*)::int AS n FROM ${qualified(key.table)} c WHERE ${notNull} AND NOT EXISTS (SELECT 1 FROM ${qualified(key.refTable)} p WHERE ${match})`;
}

/**
 * Groups NDJSON lines into batches of at most `maxRows` rows and about `maxBytes` characters (a
 * single longer row still goes alone), so a table of any size is loaded in bounded memory.
 */
export async function* batches(lines: AsyncIterable<string>, maxRows: number, maxBytes: number): AsyncGenerator<string[]> {
  let batch: string[] = [];
  let size = 0;
  for await (const line of lines) {
    if (batch.length && (batch.length >= maxRows || size + line.length > maxBytes)) {
      yield batch;
      batch = [];
      size = 0;
    }
    batch.push(line);
    size += line.length;
  }
  if (batch.length) yield batch;
}

/** Splits a byte stream into lines at `\n` (never inside a UTF-8 sequence); blank lines are skipped. */
export async function* ndjsonLines(chunks: AsyncIterable<Buffer>): AsyncGenerator<string> {
  let rest: Buffer = Buffer.alloc(0);
  for await (const chunk of chunks) {
    let data = rest.length ? Buffer.concat([rest, chunk]) : chunk;
    let at: number;
    while ((at = data.indexOf(0x0a)) !== -1) {
      const line = data.subarray(0, at).toString('utf8');
      if (line) yield line;
      data = data.subarray(at + 1);
    }
    rest = Buffer.from(data);
  }
  if (rest.length) {
    const line = rest.toString('utf8');
    if (line) yield line;
  }
}
