import type { Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';

/**
 * A pass of scheduled work every `intervalMs` (0 = off), never two at once in this process; the
 * next pass is timed from the end of the last, and shutdown waits for a running pass. Work that
 * must also be single across processes claims its rows (SKIP LOCKED) or takes an advisory lock.
 */
export abstract class IntervalJob<R> implements OnApplicationBootstrap, OnModuleDestroy {
  protected abstract readonly logger: Logger;
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<unknown> = Promise.resolve();
  protected stopped = false;

  /** 0 turns the schedule off (runOnce still works, e.g. from tests or an admin action). */
  protected abstract intervalMs(): number;
  abstract runOnce(): Promise<R>;

  /** Delay before the first pass; subclasses may start sooner than one interval. */
  protected firstDelayMs(): number {
    return this.intervalMs();
  }

  onApplicationBootstrap(): void {
    if (this.intervalMs() > 0) this.schedule(this.firstDelayMs());
  }

  async onModuleDestroy(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    await this.running.catch(() => undefined);
  }

  private schedule(delayMs: number): void {
    if (this.stopped) return;
    this.timer = setTimeout(() => {
      this.running = this.runOnce()
        .catch((err: unknown) => this.logger.error(`scheduled pass failed: ${err instanceof Error ? err.message : String(err)}`))
        .finally(() => this.schedule(this.intervalMs()));
    }, delayMs);
    this.timer.unref();
  }
}
