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
import { dummyHash, verifyPassword } from './password.js';
import { Session } from './session.entity.js';

/** Locks double from 1 minute per failure beyond the limit, up to this. */
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
      await verifyPassword(input.password, await dummyHash());
      throw new InvalidCredentialsError();
    }
    // Claim the attempt before checking the password, atomically: a burst of parallel guesses
    // cannot all slip past the limit, because the attempt that reaches it sets the lock.
    const max = this.config.auth.maxFailedLogins;
    const [claimed] = (await this.db.query(
      `UPDATE users
          SET failed_logins = failed_logins + 1,
              locked_until = CASE WHEN failed_logins + 1 >= $2
                                  THEN now() + make_interval(mins => LEAST($3, power(2, failed_logins + 1 - $2))::int)
                                  ELSE locked_until END
        WHERE id = $1 AND (locked_until IS NULL OR locked_until <= now())
        RETURNING failed_logins`,
      [user.id, max, MAX_LOCK_MINUTES],
    )) as [{ failed_logins: number }[], number];
    if (!claimed.length) {
      const [row] = await this.db.query(`SELECT extract(epoch FROM locked_until - now()) AS seconds FROM users WHERE id = $1`, [user.id]);
      throw new AccountLockedError(Math.max(1, Number(row?.seconds ?? 60)));
    }
    const ok = (await verifyPassword(input.password, user.passwordHash)) && !user.disabledAt;
    if (!ok) throw new InvalidCredentialsError();
    const token = newToken();
    const csrfToken = newToken();
    const expiresAt = new Date(Date.now() + this.config.auth.sessionTtlHours * 3_600_000);
    await this.db.transaction(async (em) => {
      await em.update(User, { id: user.id }, { failedLogins: 0, lockedUntil: null });
      // Housekeeping where it costs nothing: this user's expired sessions go at their next sign-in.
      await em.query('DELETE FROM sessions WHERE user_id = $1 AND expires_at <= now()', [user.id]);
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
