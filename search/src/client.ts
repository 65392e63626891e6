import { Meilisearch } from 'meilisearch';

export interface SearchConnection {
  url: string;
  apiKey: string;
  /**
   * How long to wait for one Meilisearch task. The client's default (5 s) is shorter than a
   * single-document update takes on a busy 2-core machine, so callers always set it explicitly.
   */
  taskTimeoutMs: number;
}

export function createSearchClient(connection: SearchConnection): Meilisearch {
  return new Meilisearch({
    host: connection.url,
    apiKey: connection.apiKey,
    // Meilisearch sits next to the API (loopback or the same network): compressing every answer
    // there and unpacking it here only costs CPU on both sides.
    requestInit: { headers: { 'Accept-Encoding': 'identity' } },
    // Short polls: a task's success is what makes a change searchable, and the wait is the lag.
    defaultWaitOptions: { timeout: connection.taskTimeoutMs, interval: 10 },
  });
}
