import type { Meilisearch } from 'meilisearch';

export interface SearchHealth {
  ok: boolean;
  version?: string;
  error?: string;
}

/** Reachable, healthy and accepting our key (getVersion needs a valid key; /health does not). */
export async function checkSearchHealth(client: Meilisearch): Promise<SearchHealth> {
  try {
    await client.health();
    const version = await client.getVersion();
    return { ok: true, version: version.pkgVersion };
  } catch (err) {
    return { ok: false, error: err instanceof Error ? err.message : String(err) };
  }
}
