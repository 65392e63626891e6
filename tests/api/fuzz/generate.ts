import type { Rng } from './prng.js';
import { NASTY } from './nasty.js';
import type { Operation, Schema, Spec } from './spec.js';

/** A hint returns this to leave an optional field out (e.g. departmentId for an officer). */
export const OMIT = Symbol('omit');

export type FieldPath = (string | number)[];

export interface Field {
  op: Operation;
  where: 'body' | 'query' | 'path';
  path: FieldPath;
  name: string;
  schema: Schema;
}

/** A realistic value for a field the schema alone cannot fill well (ids that exist, coordinates inside the province). */
export type Hint = (field: Field, rng: Rng) => { value: unknown } | undefined;

export interface Node {
  path: FieldPath;
  schema: Schema;
}

// ---------- values from a regular expression (the spec's patterns are simple) ----------

interface Atom {
  chars?: string[];
  group?: Atom[][];
  min: number;
  max: number;
}

const DIGITS = [...'0123456789'];
const WORD = [...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_'];

function parsePattern(src: string): Atom[][] {
  let i = 0;
  const parseAlternatives = (): Atom[][] => {
    const alts: Atom[][] = [[]];
    while (i < src.length) {
      const c = src[i]!;
      if (c === ')') break;
      if (c === '|') {
        alts.push([]);
        i++;
        continue;
      }
      if (c === '^' || c === '$') {
        i++;
        continue;
      }
      let atom: Atom;
      if (c === '[') {
        i++;
        const chars: string[] = [];
        while (src[i] !== ']') {
          let ch = src[i++]!;
          if (ch === '\\') ch = src[i++]!;
          if (src[i] === '-' && src[i + 1] !== ']') {
            i++;
            let end = src[i++]!;
            if (end === '\\') end = src[i++]!;
            for (let code = ch.codePointAt(0)!; code <= end.codePointAt(0)!; code++) chars.push(String.fromCodePoint(code));
          } else {
            chars.push(ch);
          }
        }
        i++;
        atom = { chars, min: 1, max: 1 };
      } else if (c === '(') {
        i++;
        if (src.startsWith('?:', i)) i += 2;
        const group = parseAlternatives();
        i++;
        atom = { group, min: 1, max: 1 };
      } else if (c === '\\') {
        const e = src[i + 1]!;
        i += 2;
        atom = { chars: e === 'd' ? DIGITS : e === 'w' ? WORD : [e], min: 1, max: 1 };
      } else if (c === '.') {
        i++;
        atom = { chars: WORD, min: 1, max: 1 };
      } else {
        i++;
        atom = { chars: [c], min: 1, max: 1 };
      }
      const q = src[i];
      if (q === '*' || q === '+' || q === '?') {
        atom.min = q === '+' ? 1 : 0;
        atom.max = q === '?' ? 1 : 3;
        i++;
      } else if (q === '{') {
        const close = src.indexOf('}', i);
        const [lo, hi] = src.slice(i + 1, close).split(',');
        atom.min = Number(lo);
        atom.max = hi === undefined ? atom.min : hi === '' ? atom.min + 3 : Number(hi);
        i = close + 1;
      }
      alts[alts.length - 1]!.push(atom);
    }
    return alts;
  };
  return parseAlternatives();
}

function fromAlternatives(alts: Atom[][], rng: Rng): string {
  let out = '';
  for (const atom of rng.pick(alts)) {
    // Long repeats add nothing but length: keep generated codes short.
    const times = rng.int(atom.min, Math.min(atom.max, atom.min + 10));
    for (let k = 0; k < times; k++) out += atom.chars ? rng.pick(atom.chars) : fromAlternatives(atom.group!, rng);
  }
  return out;
}

const patternCache = new Map<string, Atom[][]>();
export function fromPattern(pattern: string, rng: Rng): string {
  let parsed = patternCache.get(pattern);
  if (!parsed) patternCache.set(pattern, (parsed = parsePattern(pattern)));
  return fromAlternatives(parsed, rng);
}

// ---------- valid values ----------

const WORDS = [
  'Dự án', 'điện gió', 'khu công nghiệp', 'Sóc Trăng', 'cảng biển', 'nông nghiệp công nghệ cao', 'Trần Đề', 'Vĩnh Châu',
  'logistics', 'wind power', 'industrial park', 'đầu tư', 'hạ tầng', 'thủy sản', 'du lịch', 'Mỹ Xuyên', 'năng lượng', 'ưu đãi',
];

function text(rng: Rng, min: number, max: number): string {
  let out = rng.pick(WORDS);
  const target = rng.int(Math.max(min, 1), Math.max(min, Math.min(max, 60)));
  while ([...out].length < target) out += ` ${rng.pick(WORDS)}`;
  return [...out].slice(0, Math.max(target, min)).join('').trimEnd().padEnd(min, 'a');
}

export function isoDate(rng: Rng, fromYear = 2000, toYear = 2035): string {
  const y = rng.int(fromYear, toYear);
  const m = rng.int(1, 12);
  const d = rng.int(1, 28);
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

export class Generator {
  constructor(
    readonly spec: Spec,
    readonly rng: Rng,
    private readonly hint: Hint,
  ) {}

  /** A value the schema accepts; every generated node is recorded so a mutation can target it. */
  valid(schema: Schema, field: Omit<Field, 'schema'>, nodes: Node[] = []): unknown {
    const s = this.spec.resolve(schema);
    const hinted = this.hint({ ...field, schema: s }, this.rng);
    if (hinted?.value === OMIT) return OMIT;
    if (hinted) {
      nodes.push({ path: field.path, schema: s });
      return hinted.value;
    }
    nodes.push({ path: field.path, schema: s });
    const rng = this.rng;
    if (s.nullable && rng.chance(0.08)) return null;
    if (Array.isArray(s.enum)) return rng.pick(s.enum);
    const type = s.type ?? (s.properties ? 'object' : s.items ? 'array' : 'string');
    switch (type) {
      case 'string': {
        if (s.format === 'uuid') return rng.uuid();
        if (s.format === 'date') return isoDate(rng);
        if (s.format === 'date-time') return `${isoDate(rng)}T${String(rng.int(0, 23)).padStart(2, '0')}:${String(rng.int(0, 59)).padStart(2, '0')}:00.000Z`;
        if (s.pattern) return fromPattern(s.pattern, rng);
        return text(rng, s.minLength ?? 1, s.maxLength ?? 60);
      }
      case 'number':
      case 'integer': {
        const min = Math.ceil(s.minimum ?? 0);
        const max = Math.floor(s.maximum ?? Math.max(min + 100, 100));
        return rng.int(min, max);
      }
      case 'boolean':
        return rng.chance(0.5);
      case 'array': {
        const n = rng.int(s.minItems ?? 0, Math.min(s.maxItems ?? 3, Math.max(s.minItems ?? 0, 3)));
        return Array.from({ length: n }, (_, k) => this.valid(s.items ?? {}, { ...field, path: [...field.path, k] }, nodes)).filter((x) => x !== OMIT);
      }
      case 'object': {
        const out: Record<string, unknown> = {};
        const required = new Set<string>(s.required ?? []);
        for (const [name, prop] of Object.entries<Schema>(s.properties ?? {})) {
          if (!required.has(name) && !rng.chance(0.55)) continue;
          const value = this.valid(prop, { ...field, path: [...field.path, name], name }, nodes);
          if (value !== OMIT) out[name] = value;
        }
        return out;
      }
      default:
        return text(rng, 1, 20);
    }
  }

  // ---------- invalid values ----------

  wrongType(schema: Schema): unknown {
    const rng = this.rng;
    const type = schema.type ?? (schema.properties ? 'object' : schema.items ? 'array' : 'string');
    switch (type) {
      case 'string':
        return rng.pick([123, -1, true, false, {}, ['x'], 1.5, { vi: 'x' }, [[]]]);
      case 'number':
      case 'integer':
        return rng.pick(['12', 'abc', true, {}, [1], '1e3', '', ' 7 ', 'NaN']);
      case 'boolean':
        return rng.pick(['true', 1, 0, 'yes', {}, [], 'false', null]);
      case 'array':
        return rng.pick(['x', { 0: 'a' }, 1, true, 'a,b', [[[]]], [null], [{}]]);
      default:
        return rng.pick(['x', [], 1, true, [{}], '{}']);
    }
  }

  outOfRange(schema: Schema): unknown {
    const rng = this.rng;
    const type = schema.type ?? (schema.properties ? 'object' : schema.items ? 'array' : 'string');
    if (type === 'number' || type === 'integer') {
      const options: unknown[] = [1e308, -1e308, 2 ** 31, 2 ** 53 + 1, -(2 ** 31) - 1, 0.5, -0.000001, 9.999999999999999e22];
      if (typeof schema.minimum === 'number') options.push(schema.minimum - 1, schema.minimum - 0.5);
      if (typeof schema.maximum === 'number') options.push(schema.maximum + 1, schema.maximum + 0.5);
      return rng.pick(options);
    }
    if (type === 'array') {
      const n = (schema.maxItems ?? 50) + rng.pick([1, 100, 5000]);
      return Array.from({ length: n }, () => rng.uuid());
    }
    if (type === 'string') {
      const max = schema.maxLength ?? 300;
      return 'ư'.repeat(max + rng.pick([1, 10, 5000]));
    }
    return rng.pick([[], {}, null]);
  }

  badFormat(schema: Schema): unknown {
    const rng = this.rng;
    if (schema.format === 'uuid') {
      return rng.pick([
        'not-a-uuid', '00000000-0000-0000-0000-000000000000', 'FFFFFFFF-FFFF-FFFF-FFFF-FFFFFFFFFFFF', `${rng.uuid()}x`, rng.uuid().replace(/-/g, ''),
        `{${rng.uuid()}}`, '1', "'; DROP TABLE users;--", '', ' ', rng.uuid().toUpperCase(), `${rng.uuid()}\u0000`,
      ]);
    }
    if (schema.format === 'date' || schema.format === 'date-time') {
      return rng.pick(['2021-02-30', '2021-13-01', '0000-00-00', '99999-01-01', 'yesterday', '2021/05/15', '15-05-2021', '', '2021-05-15T25:00:00Z', '-000001-01-01', '1e10', '2021-5-1']);
    }
    if (Array.isArray(schema.enum)) return rng.pick(['', 'unknown', String(schema.enum[0]).toUpperCase(), ` ${schema.enum[0]}`, `${schema.enum[0]}\u0000`, schema.enum]);
    if (schema.pattern) return rng.pick(['', 'lower case', '-LEADING', 'Ä-UNICODE', 'A', 'A'.repeat(200), 'A B', 'A/../B', '<b>']);
    return this.nasty();
  }

  nasty(): string {
    return this.rng.pick(NASTY).value;
  }

  /** Whatever values the generated document holds at `path`. */
  static get(root: unknown, path: FieldPath): unknown {
    let cur = root as any;
    for (const k of path) cur = cur?.[k];
    return cur;
  }

  /** Replaces (or, with `remove`, deletes) the value at `path`; the root path replaces the whole document. */
  static set(root: unknown, path: FieldPath, value: unknown, remove = false): unknown {
    if (path.length === 0) return value;
    const parent = Generator.get(root, path.slice(0, -1)) as any;
    if (parent === null || typeof parent !== 'object') return root;
    const key = path[path.length - 1]!;
    if (remove) {
      if (Array.isArray(parent)) parent.splice(Number(key), 1);
      else delete parent[key];
    } else {
      parent[key] = value;
    }
    return root;
  }
}

/** Relative path inside the body, for labels: "title.vi", "sectorIds[0]". */
export function pathLabel(path: FieldPath): string {
  return path.reduce<string>((acc, k) => (typeof k === 'number' ? `${acc}[${k}]` : acc ? `${acc}.${k}` : String(k)), '') || '(body)';
}
