import { randomInt } from 'node:crypto';

/**
 * A small seeded generator (sfc32): the whole fuzz run is a function of its seed, so a failure
 * seen once can be replayed with FUZZ_SEED=<seed>.
 */
export class Rng {
  private a: number;
  private b: number;
  private c: number;
  private d: number;

  constructor(readonly seed: number) {
    this.a = 0x9e3779b9;
    this.b = 0x243f6a88;
    this.c = 0xb7e15162;
    this.d = seed >>> 0;
    for (let i = 0; i < 15; i++) this.next();
  }

  /** [0, 1). */
  next(): number {
    this.a >>>= 0;
    this.b >>>= 0;
    this.c >>>= 0;
    this.d >>>= 0;
    let t = (this.a + this.b) | 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) | 0;
    this.c = (this.c << 21) | (this.c >>> 11);
    this.d = (this.d + 1) | 0;
    t = (t + this.d) | 0;
    this.c = (this.c + t) | 0;
    return (t >>> 0) / 4294967296;
  }

  /** An integer in [min, max]. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  float(min: number, max: number): number {
    return min + this.next() * (max - min);
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new Error('pick from an empty list');
    return items[Math.floor(this.next() * items.length)]!;
  }

  /** Up to `max` distinct items, at least `min`. */
  some<T>(items: readonly T[], min = 0, max = items.length): T[] {
    const n = Math.min(items.length, this.int(min, Math.max(min, max)));
    const pool = [...items];
    const out: T[] = [];
    while (out.length < n && pool.length) out.push(pool.splice(Math.floor(this.next() * pool.length), 1)[0]!);
    return out;
  }

  chars(length: number, alphabet: string): string {
    const letters = [...alphabet];
    let out = '';
    for (let i = 0; i < length; i++) out += letters[Math.floor(this.next() * letters.length)];
    return out;
  }

  hex(length: number): string {
    return this.chars(length, '0123456789abcdef');
  }

  /** A version-4 UUID drawn from this generator (so a replay draws the same one). */
  uuid(): string {
    const variant = this.pick(['8', '9', 'a', 'b']);
    return `${this.hex(8)}-${this.hex(4)}-4${this.hex(3)}-${variant}${this.hex(3)}-${this.hex(12)}`;
  }
}

/** FUZZ_SEED replays a run; otherwise every run explores a new seed (printed at the start). */
export function seedFromEnvironment(env: Record<string, string | undefined>): number {
  const given = env.FUZZ_SEED?.trim();
  if (given) {
    const n = Number(given);
    if (!Number.isInteger(n) || n < 0 || n > 0xffffffff) throw new Error(`FUZZ_SEED must be an integer from 0 to 4294967295 (got "${given}")`);
    return n;
  }
  return randomInt(0, 0xffffffff);
}
