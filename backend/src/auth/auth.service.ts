import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { createHash, randomBytes } from 'node:crypto';
import type { DataSource } from 'typeorm';
import type { Actor } from '../common/access.js';
import type { AppConfig } from '../config/config.js';
import { APP_CONFIG } from '../config/config.module.js';
import { User } from '../users/user.entity.js';
import { AccountLockedError, InvalidCredentialsError } from './auth.errors.js';
import type { LoginDto } from './dto/login.dto.js';
import type { MeDto } from './dto/me.dto.js';
import { DUMMY_HASH, verifyPassword } from './password.js';
import { Session } from './session.entity.js';

export const MAX_LOCK_MINUTES = 60;

export function sessionIdOf(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

export interface SignedIn {
  token: string;
  csrfToken: string;
  expiresAt: Date;
  me: MeDto;
}

/** Minutes an account stays locked after `failures` failed sign-ins (0 while under the limit). */
export function lockMinutes(failures: number, maxFailures: number): number {
  if (failures < maxFailures) return 0;
  return Math.min(MAX_LOCK_MINUTES, 2 ** (failures - maxFailures));
}

@Injectable()
export class AuthService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async login(input: LoginDto): Promise<SignedIn> {
    const email = input.email.trim().toLowerCase();
    const user = await this.db.getRepository(User).findOne({ where: { email } });
    if (!user) {
      await verifyPassword(input.password, DUMMY_HASH);
      throw new InvalidCredentialsError();
    }
    const now = Date.now();
    if (user.lockedUntil && user.lockedUntil.getTime() > now) {
      throw new AccountLockedError((user.lockedUntil.getTime() - now) / 1000);
    }
    const ok = (await verifyPassword(input.password, user.passwordHash)) && !user.disabledAt;
    if (!ok) {
      // Counted in SQL so that parallel guesses cannot slip past the limit.
      // TypeORM answers UPDATE … RETURNING with [rows, affected].
      const [rows] = (await this.db.query(
        `UPDATE users SET failed_logins = failed_logins + 1 WHERE id = $1 RETURNING failed_logins`,
        [user.id],
      )) as [{ failed_logins: number }[], number];
      const minutes = lockMinutes(rows[0]!.failed_logins, this.config.auth.maxFailedLogins);
      if (minutes) {
        await this.db.query(`UPDATE users SET locked_until = now() + make_interval(mins => $2) WHERE id = $1`, [user.id, minutes]);
      }
      throw new InvalidCredentialsError();
    }
    const token = newToken();
    const csrfToken = newToken();
    const expiresAt = new Date(now + this.config.auth.sessionTtlHours * 3_600_000);
    await this.db.transaction(async (em) => {
      await em.update(User, { id: user.id }, { failedLogins: 0, lockedUntil: null });
      await em.insert(Session, { id: sessionIdOf(token), userId: user.id, csrfToken, expiresAt });
    });
    return { token, csrfToken, expiresAt, me: toMe(user) };
  }

  async logout(actor: Actor): Promise<void> {
    await this.db.getRepository(Session).delete({ id: actor.sessionId });
  }

  async me(actor: Actor): Promise<MeDto> {
    const user = await this.db.getRepository(User).findOneByOrFail({ id: actor.userId });
    return toMe(user);
  }

  /** Resolves a session cookie; expired sessions and disabled accounts count as signed out. */
  async resolve(token: string): Promise<{ actor: Actor; csrfToken: string } | null> {
    const id = sessionIdOf(token);
    const [row] = await this.db.query(
      `SELECT s.csrf_token, u.id, u.email, u.role, u.department_id
         FROM sessions s JOIN users u ON u.id = s.user_id
        WHERE s.id = $1 AND s.expires_at > now() AND u.disabled_at IS NULL`,
      [id],
    );
    if (!row) return null;
    return {
      actor: { userId: row.id, email: row.email, role: row.role, departmentId: row.department_id, sessionId: id },
      csrfToken: row.csrf_token,
    };
  }
}

export function toMe(user: User): MeDto {
  return { id: user.id, email: user.email, displayName: user.displayName, role: user.role, departmentId: user.departmentId };
}
