import type { Meilisearch } from 'meilisearch';
import { createSearchReader } from './search-client.module.js';

// Pure failover logic; the real nodes are exercised in tests/search/scale-out.test.ts.
function node(url: string, behaviour: () => Promise<unknown>): { url: string; client: Meilisearch; calls: () => number } {
  let calls = 0;
  const client = {
    multiSearch: () => {
      calls++;
      return behaviour();
    },
  } as unknown as Meilisearch;
  return { url, client, calls: () => calls };
}

const refused = () => Promise.reject(Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' }));
const answer = (from: string) => () => Promise.resolve({ results: [{ from }] });
const query = { queries: [{ indexUid: 'projects', q: 'lúa' }] };

describe('createSearchReader', () => {
  it('searches the first node while it answers', async () => {
    const a = node('http://a', answer('a'));
    const b = node('http://b', answer('b'));
    const reader = createSearchReader([a, b]);
    expect(await reader.multiSearch(query)).toEqual({ results: [{ from: 'a' }] });
    expect([a.calls(), b.calls()]).toEqual([1, 0]);
  });

  it('goes on to the next node when one is down, and tries the down node last for a while', async () => {
    let now = 1_000;
    const a = node('http://a', refused);
    const b = node('http://b', answer('b'));
    const reader = createSearchReader([a, b], () => now);
    expect(await reader.multiSearch(query)).toEqual({ results: [{ from: 'b' }] });
    expect(await reader.multiSearch(query)).toEqual({ results: [{ from: 'b' }] });
    expect(a.calls()).toBe(1); // the second search did not wait for the dead node
    now += 6_000;
    await reader.multiSearch(query);
    expect(a.calls()).toBe(2); // after the pause it is tried first again
  });

  it('does not hide a bad query behind another node', async () => {
    const a = node('http://a', () => Promise.reject(Object.assign(new Error('invalid filter'), { name: 'MeilisearchApiError' })));
    const b = node('http://b', answer('b'));
    await expect(createSearchReader([a, b]).multiSearch(query)).rejects.toThrow('invalid filter');
    expect(b.calls()).toBe(0);
  });

  it('reports the node error when every node is down (the API then answers from PostgreSQL)', async () => {
    const reader = createSearchReader([node('http://a', refused), node('http://b', refused)]);
    await expect(reader.multiSearch(query)).rejects.toMatchObject({ code: 'ECONNREFUSED' });
  });
});
