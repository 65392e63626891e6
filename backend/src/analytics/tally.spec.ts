import { Tally } from './tally.js';

describe('Tally', () => {
  it('adds up per key and drains once', () => {
    const t = new Tally();
    t.add('a');
    t.add('a');
    t.add('b', 3);
    expect(t.drain()).toEqual([
      ['a', 2],
      ['b', 3],
    ]);
    expect(t.drain()).toEqual([]);
  });

  it('restores what could not be written, merged with what came in meanwhile', () => {
    const t = new Tally();
    t.add('a', 2);
    const batch = t.drain();
    t.add('a');
    t.restore(batch);
    expect(t.drain()).toEqual([['a', 3]]);
  });

  it('drops new keys past its bound and says how many counts it dropped', () => {
    const t = new Tally(2);
    t.add('a');
    t.add('b');
    t.add('c', 5);
    t.add('a');
    expect(t.size).toBe(2);
    expect(t.dropped).toBe(5);
    expect(Object.fromEntries(t.drain())).toEqual({ a: 2, b: 1 });
  });
});
