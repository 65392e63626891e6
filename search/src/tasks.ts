import type { EnqueuedTaskPromise, Task } from 'meilisearch';

export class SearchTaskFailedError extends Error {
  constructor(
    readonly task: Task,
  ) {
    super(
      `Meilisearch task ${task.uid} (${task.type} on ${task.indexUid ?? 'no index'}) ended ${task.status}` +
        (task.error ? `: ${task.error.code}: ${task.error.message}` : ''),
    );
    this.name = 'SearchTaskFailedError';
  }
}

/**
 * A 202 from Meilisearch only means "queued"; an invalid document still gets one and fails later.
 * So every write is awaited until the task reports `succeeded`, anything else is an error.
 */
export async function settle(pending: EnqueuedTaskPromise): Promise<Task> {
  const task = await pending.waitTask();
  if (task.status !== 'succeeded') throw new SearchTaskFailedError(task);
  return task;
}
