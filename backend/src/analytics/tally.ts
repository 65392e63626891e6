/**
 * Counts waiting to be written, keyed by their table row. Bounded: past `maxKeys` distinct rows new
 * rows are dropped (and reported), so a database outage cannot grow memory without limit.
 */
export class Tally {
  private readonly counts = new Map<string, number>();
  dropped = 0;

  constructor(private readonly maxKeys = 50_000) {}

  add(key: string, n = 1): void {
    const current = this.counts.get(key);
    if (current === undefined && this.counts.size >= this.maxKeys) {
      this.dropped += n;
      return;
    }
    this.counts.set(key, (current ?? 0) + n);
  }

  /** Everything counted so far, emptying the tally. */
  drain(): [string, number][] {
    const out = [...this.counts];
    this.counts.clear();
    return out;
  }

  /** Puts back what could not be written. */
  restore(entries: readonly [string, number][]): void {
    for (const [key, n] of entries) this.add(key, n);
  }

  get size(): number {
    return this.counts.size;
  }
}
