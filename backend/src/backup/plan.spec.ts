import { Readable } from 'node:stream';
import { batches, danglingReferencesSql, loadOrder, ndjsonLines, planMigrations, qualified, quoteIdent, type ForeignKey } from './plan.js';

const fk = (table: string, refTable: string, name = `${table}_${refTable}_fk`): ForeignKey => ({
  name,
  table,
  columns: [`${refTable}_id`],
  refTable,
  refColumns: ['id'],
  deferrable: false,
});

async function collect<T>(it: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const x of it) out.push(x);
  return out;
}

describe('identifiers', () => {
  it('are quoted, with embedded quotes doubled', () => {
    expect(quoteIdent('projects')).toBe('"projects"');
    expect(quoteIdent('we"ird')).toBe('"we""ird"');
    expect(qualified('users')).toBe('public."users"');
  });
});

describe('loadOrder', () => {
  it('puts referenced tables first, ties by name', () => {
    const { order, deferred } = loadOrder(
      ['project_sectors', 'projects', 'sectors', 'departments', 'users'],
      [fk('projects', 'departments'), fk('project_sectors', 'projects'), fk('project_sectors', 'sectors'), fk('users', 'departments')],
    );
    expect(order).toEqual(['departments', 'projects', 'sectors', 'project_sectors', 'users']);
    expect(deferred).toEqual([]);
  });

  it('defers a self-reference without holding up the table', () => {
    const self = fk('administrative_units', 'administrative_units', 'parent_fk');
    const { order, deferred } = loadOrder(['projects', 'administrative_units'], [self, fk('projects', 'administrative_units')]);
    expect(order).toEqual(['administrative_units', 'projects']);
    expect(deferred).toEqual([self]);
  });

  it('puts a cycle last and defers every key inside it', () => {
    const ab = fk('a', 'b');
    const ba = fk('b', 'a');
    const ca = fk('c', 'a');
    const { order, deferred } = loadOrder(['c', 'b', 'a', 'z'], [ab, ba, ca]);
    expect(order).toEqual(['z', 'a', 'b', 'c']);
    expect(deferred).toEqual(expect.arrayContaining([ab, ba, ca]));
    expect(deferred).toHaveLength(3);
  });

  it('ignores keys to tables that are not restored', () => {
    expect(loadOrder(['a'], [fk('a', 'elsewhere')])).toEqual({ order: ['a'], deferred: [] });
  });
});

describe('planMigrations', () => {
  const code = ['A1', 'B2', 'C3'];

  it('restores at the backup level, then runs the newer ones', () => {
    expect(planMigrations(['A1', 'B2'], code)).toEqual({ upToBackup: ['A1', 'B2'], newer: ['C3'] });
    expect(planMigrations(code, code)).toEqual({ upToBackup: code, newer: [] });
    expect(planMigrations([], code)).toEqual({ upToBackup: [], newer: code });
  });

  it('refuses a backup from newer code', () => {
    expect(() => planMigrations(['A1', 'B2', 'C3', 'D4'], code)).toThrow(/newer version of the portal.*D4/);
  });

  it('refuses a backup whose migrations are not a prefix of ours', () => {
    expect(() => planMigrations(['A1', 'C3'], code)).toThrow(/position 2 is C3 in the backup but B2 here/);
  });
});

describe('danglingReferencesSql', () => {
  it('looks for non-NULL keys without a target, column by column', () => {
    const key: ForeignKey = { name: 'k', table: 'inquiries', columns: ['project_id'], refTable: 'projects', refColumns: ['id'], deferrable: false };
    expect(danglingReferencesSql(key)).toBe(
      'SELECT count(*)::int AS n FROM public."inquiries" c WHERE c."project_id" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM public."projects" p WHERE p."id" = c."project_id")',
    );
  });
});

describe('ndjsonLines', () => {
  it('splits at newlines even when a chunk ends inside a UTF-8 character or a line', async () => {
    const text = '{"t":"Đầu tư"}\n{"t":"Sóc Trăng"}\n\n{"t":"last, no newline"}';
    const bytes = Buffer.from(text);
    // Chunks of 3 bytes cut through every multi-byte character at some point.
    const chunks = Array.from({ length: Math.ceil(bytes.length / 3) }, (_, i) => bytes.subarray(i * 3, i * 3 + 3));
    expect(await collect(ndjsonLines(Readable.from(chunks)))).toEqual(['{"t":"Đầu tư"}', '{"t":"Sóc Trăng"}', '{"t":"last, no newline"}']);
  });
});

describe('batches', () => {
  async function* lines(...xs: string[]) {
    yield* xs;
  }

  it('cuts by row count and by size; a long row goes alone', async () => {
    expect(await collect(batches(lines('a', 'b', 'c', 'd', 'e'), 2, 1000))).toEqual([['a', 'b'], ['c', 'd'], ['e']]);
    expect(await collect(batches(lines('aa', 'bb', 'cccccccc', 'd'), 10, 5))).toEqual([['aa', 'bb'], ['cccccccc'], ['d']]);
    expect(await collect(batches(lines(), 10, 5))).toEqual([]);
  });
});
