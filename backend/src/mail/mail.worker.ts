import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { AppConfig } from '../config/config.js';
import { APP_CONFIG } from '../config/config.module.js';
import type { MailStatsDto } from './dto/mail.dto.js';
import { MAIL_TRANSPORT } from './mail.tokens.js';
import type { MailTransport } from './transports.js';

interface Claimed {
  id: string;
  to_address: string;
  subject: string;
  body_text: string;
  attempts: number;
}

/**
 * Outbox → mail server. Each mail is claimed in its own transaction (FOR UPDATE SKIP LOCKED, so
 * several API processes never send the same row at once), sent, and marked sent before commit.
 * A failing server: the row gets an exponential backoff (capped at one hour) and is marked failed
 * after MAIL_MAX_ATTEMPTS. A process killed between "sent" and "commit" sends that one mail again
 * on restart, with the same Message-ID (at-least-once; mail clients fold duplicates by that id).
 */
@Injectable()
export class MailWorker implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('Mail');
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<unknown> = Promise.resolve();
  private stopped = false;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(MAIL_TRANSPORT) private readonly transport: MailTransport,
  ) {}

  onApplicationBootstrap(): void {
    this.schedule();
  }

  async onModuleDestroy(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    await this.running.catch(() => undefined);
    this.transport.close();
  }

  private schedule(): void {
    if (this.stopped) return;
    this.timer = setTimeout(() => {
      this.running = this.tick()
        .catch((err: unknown) => this.logger.error(`mail tick failed: ${err instanceof Error ? err.message : String(err)}`))
        .finally(() => this.schedule());
    }, this.config.mail.intervalMs);
    this.timer.unref();
  }

  /**
   * One pass over what is due now, in id order: each row is tried at most once per pass, so a
   * short backoff cannot make one failing mail eat the whole pass. Returns how many were handled.
   */
  async tick(limit = 50): Promise<number> {
    let handled = 0;
    let after = '0';
    while (handled < limit && !this.stopped) {
      const id = await this.sendOne(after);
      if (id === null) break;
      after = id;
      handled++;
    }
    return handled;
  }

  /** Tests and shutdown hooks: one pass over everything due (rows that fail wait for their backoff). */
  async drain(): Promise<void> {
    await this.tick(Number.MAX_SAFE_INTEGER);
  }

  async stats(): Promise<MailStatsDto> {
    const [row] = await this.db.query(
      `SELECT count(*) FILTER (WHERE status = 'pending')::int AS pending, count(*) FILTER (WHERE status = 'failed')::int AS failed,
              extract(epoch FROM now() - min(created_at) FILTER (WHERE status = 'pending'))::int AS oldest FROM mail_outbox`,
    );
    return { pending: row.pending, failed: row.failed, oldestPendingSeconds: row.oldest ?? null };
  }

  /** Sends the first due row after `after`; returns its id, or null when none is due. */
  private async sendOne(after: string): Promise<string | null> {
    return this.db.transaction(async (em) => {
      const [row]: Claimed[] = await em.query(
        `SELECT id, to_address, subject, body_text, attempts FROM mail_outbox
          WHERE status = 'pending' AND next_attempt_at <= now() AND id > $1 ORDER BY id LIMIT 1 FOR UPDATE SKIP LOCKED`,
        [after],
      );
      if (!row) return null;
      try {
        await this.transport.send({
          from: this.config.mail.from,
          to: row.to_address,
          subject: row.subject,
          text: row.body_text,
          messageId: `<outbox-${row.id}@${new URL(this.config.publicUrl).hostname}>`,
        });
        await em.query(`UPDATE mail_outbox SET status = 'sent', sent_at = now(), attempts = attempts + 1, last_error = NULL WHERE id = $1`, [row.id]);
      } catch (err) {
        const attempts = row.attempts + 1;
        const failed = attempts >= this.config.mail.maxAttempts;
        const delayMs = Math.min(this.config.mail.retryBaseMs * 2 ** (attempts - 1), 3_600_000);
        const message = (err instanceof Error ? err.message : String(err)).slice(0, 500);
        await em.query(
          `UPDATE mail_outbox SET attempts = $2, status = $3, last_error = $4, next_attempt_at = now() + ($5 || ' milliseconds')::interval WHERE id = $1`,
          [row.id, attempts, failed ? 'failed' : 'pending', message, String(delayMs)],
        );
        // The address is personal data: the log names the row only.
        this.logger.warn(`mail ${row.id} not sent (attempt ${attempts}${failed ? ', giving up' : ''}): ${message}`);
      }
      return row.id;
    });
  }
}
