import { ReaderKeys, ViewWindow } from './readers.js';

describe('ViewWindow', () => {
  const MIN = 60_000;

  it('counts the first view, not a repeat within the window, and again after it', () => {
    const w = new ViewWindow(30 * MIN);
    expect(w.admit('r1|project|a', 0)).toBe(true);
    expect(w.admit('r1|project|a', 29 * MIN)).toBe(false);
    expect(w.admit('r1|project|b', 29 * MIN)).toBe(true);
    expect(w.admit('r2|project|a', 29 * MIN)).toBe(true);
    // The window runs from the counted view: repeats do not extend it.
    expect(w.admit('r1|project|a', 30 * MIN)).toBe(true);
    expect(w.admit('r1|project|a', 31 * MIN)).toBe(false);
  });

  it('forgets expired entries as it goes', () => {
    const w = new ViewWindow(MIN);
    for (let i = 0; i < 100; i++) w.admit(`k${i}`, i);
    expect(w.size).toBe(100);
    w.admit('late', 10 * MIN);
    expect(w.size).toBe(1);
  });

  it('never holds more than its bound: the oldest entries go first', () => {
    const w = new ViewWindow(60 * MIN, 3);
    for (const k of ['a', 'b', 'c', 'd']) expect(w.admit(k, 1)).toBe(true);
    expect(w.size).toBe(3);
    expect(w.admit('d', 2)).toBe(false);
    expect(w.admit('a', 2)).toBe(true); // evicted, so counted again rather than remembered forever
  });
});

describe('ReaderKeys', () => {
  it('the same IP and User-Agent give the same reader on one day; anything else differs', () => {
    const keys = new ReaderKeys();
    const r = keys.reader('2026-11-26', '203.0.113.7', 'Mozilla/5.0 A');
    expect(keys.reader('2026-11-26', '203.0.113.7', 'Mozilla/5.0 A')).toBe(r);
    expect(keys.reader('2026-11-26', '203.0.113.7', 'Mozilla/5.0 B')).not.toBe(r);
    expect(keys.reader('2026-11-26', '203.0.113.8', 'Mozilla/5.0 A')).not.toBe(r);
    expect(r).not.toContain('203.0.113.7');
    expect(r).toMatch(/^[A-Za-z0-9_-]{22}$/);
  });

  it('a new day has a new random key; old keys are dropped', () => {
    let n = 0;
    const keys = new ReaderKeys(() => Buffer.alloc(32, ++n));
    const day1 = keys.reader('2026-11-26', '203.0.113.7', 'UA');
    const day2 = keys.reader('2026-11-27', '203.0.113.7', 'UA');
    expect(day2).not.toBe(day1);
    keys.reader('2026-11-28', '203.0.113.7', 'UA');
    expect(keys.size).toBe(2);
    // The 26th's key is gone: asking again makes a fresh one, so the old hash cannot be recomputed.
    expect(keys.reader('2026-11-26', '203.0.113.7', 'UA')).not.toBe(day1);
    expect(n).toBe(4);
  });

  it('two processes (or restarts) never share a key', () => {
    expect(new ReaderKeys().reader('2026-11-26', '203.0.113.7', 'UA')).not.toBe(new ReaderKeys().reader('2026-11-26', '203.0.113.7', 'UA'));
  });
});
