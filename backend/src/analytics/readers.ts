import { createHmac, randomBytes } from 'node:crypto';

/**
 * Tells readers apart without knowing who they are: an HMAC of (IP address, User-Agent) under a
 * random key that exists only in this process's memory and only for one calendar day. The key is
 * never written anywhere, so yesterday's hashes cannot be recomputed by anyone, including us, and
 * the hash itself is kept in memory only (for the repeat-view window), never stored.
 */
export class ReaderKeys {
  /** Day → key. At most two days (today and, around midnight, yesterday) are kept. */
  private readonly keys = new Map<string, Buffer>();

  constructor(private readonly newKey: () => Buffer = () => randomBytes(32)) {}

  reader(day: string, ip: string, userAgent: string): string {
    return createHmac('sha256', this.keyFor(day)).update(ip).update('\0').update(userAgent).digest('base64url').slice(0, 22);
  }

  /** How many day keys are held (for tests). */
  get size(): number {
    return this.keys.size;
  }

  private keyFor(day: string): Buffer {
    let key = this.keys.get(day);
    if (!key) {
      key = this.newKey();
      this.keys.set(day, key);
      // Keep the two latest days: a key is dropped once a newer day has started and another after it.
      const days = [...this.keys.keys()].sort();
      for (const old of days.slice(0, Math.max(0, days.length - 2))) this.keys.delete(old);
    }
    return key;
  }
}

/**
 * Which (reader, item, day) views were counted recently: a repeat within the window is not
 * counted again. Bounded: when full, the oldest entries go first (so under a flood a repeat may be
 * counted twice rather than memory growing). Entries are inserted with expiry = now + window, so
 * insertion order is expiry order while time runs forward.
 */
export class ViewWindow {
  private readonly until = new Map<string, number>();

  constructor(
    private readonly windowMs: number,
    private readonly maxEntries = 100_000,
  ) {}

  /** True when this view counts (no counted view of the same key within the window). */
  admit(key: string, nowMs: number): boolean {
    const until = this.until.get(key);
    if (until !== undefined && until > nowMs) return false;
    this.until.delete(key);
    this.prune(nowMs);
    this.until.set(key, nowMs + this.windowMs);
    return true;
  }

  get size(): number {
    return this.until.size;
  }

  private prune(nowMs: number): void {
    for (const [key, until] of this.until) {
      if (until > nowMs && this.until.size < this.maxEntries) break;
      this.until.delete(key);
    }
  }
}
