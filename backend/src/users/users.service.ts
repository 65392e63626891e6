import { ConflictException, GoneException, Inject, Injectable, NotFoundException } from '@nestjs/common';
import { createHash, randomBytes } from 'node:crypto';
import type { AppConfig } from '../config/config.js';
import { APP_CONFIG } from '../config/config.module.js';
import { MailService } from '../mail/mail.service.js';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import type { Actor } from '../common/access.js';
import { AuditService, diff } from '../audit/audit.service.js';
import { Session } from '../auth/session.entity.js';
import { hashPassword } from '../auth/password.js';
import { DuplicateError, FieldError, isUniqueViolation, rejectNulls } from '../common/errors.js';
import { loadRefs } from '../common/references.js';
import { Department } from '../departments/department.entity.js';
import type { CreateUserDto, InviteUserDto, UpdateUserDto, UserDto } from './dto/user.dto.js';
import { inviteMail } from './invite-mail.js';

/** Not an scrypt hash: no password verifies against it until the invitation is accepted. */
const INVITED = 'invited';
const INVITE_DAYS = 7;
const sha256 = (token: string) => createHash('sha256').update(token).digest('hex');
import { User } from './user.entity.js';

@Injectable()
export class UsersService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly audit: AuditService,
    private readonly mail: MailService,
  ) {}

  async list(): Promise<UserDto[]> {
    const rows = await this.db.getRepository(User).find({ order: { email: 'ASC' } });
    return rows.map(toDto);
  }

  async create(actor: Actor, dto: CreateUserDto): Promise<UserDto> {
    const passwordHash = await hashPassword(dto.password);
    return this.write(async (em) => {
      const departmentId = await this.checkDepartment(em, dto.role, dto.departmentId ?? null);
      const user = await em.save(
        em.create(User, { email: dto.email.trim().toLowerCase(), displayName: dto.displayName, passwordHash, role: dto.role, departmentId }),
      );
      await this.audit.record(em, actor, 'create', 'user', user.id, diff(null, audited(user)));
      return toDto(user);
    });
  }

  /**
   * Creates the account with no usable password and mails a link (valid INVITE_DAYS days) where the
   * person sets one. Inviting an address again while the invitation is pending sends a new link.
   */
  async invite(actor: Actor, dto: InviteUserDto): Promise<UserDto> {
    const token = randomBytes(32).toString('base64url');
    const email = dto.email.trim().toLowerCase();
    return this.write(async (em) => {
      const departmentId = await this.checkDepartment(em, dto.role, dto.departmentId ?? null);
      const existing = await em.findOne(User, { where: { email }, lock: { mode: 'pessimistic_write' } });
      if (existing && existing.inviteHash === null) throw new ConflictException('An account with this email exists already');
      const user = existing ?? em.create(User, { email, passwordHash: INVITED });
      Object.assign(user, { displayName: dto.displayName, role: dto.role, departmentId });
      user.inviteHash = sha256(token);
      user.inviteExpiresAt = new Date(Date.now() + INVITE_DAYS * 86_400_000);
      const saved = await em.save(user);
      await this.audit.record(em, actor, existing ? 'reinvite' : 'invite', 'user', saved.id, diff(null, audited(saved)));
      await this.mail.enqueue(em, [inviteMail(saved, `${this.config.publicUrl}/workspace/invite/${token}`, this.config.portal.name)]);
      return toDto(saved);
    });
  }

  /** Public, with the token from the mail: sets the first password; the link then stops working. */
  async acceptInvitation(token: string, password: string): Promise<void> {
    const passwordHash = await hashPassword(password);
    await this.db.transaction(async (em) => {
      const user = /^[A-Za-z0-9_-]{43}$/.test(token)
        ? await em.findOne(User, { where: { inviteHash: sha256(token) }, lock: { mode: 'pessimistic_write' } })
        : null;
      if (!user || user.disabledAt) throw new NotFoundException('This invitation link is not valid (it was used already, or mistyped)');
      if (!user.inviteExpiresAt || user.inviteExpiresAt < new Date()) throw new GoneException('This invitation has expired: ask an administrator to invite you again');
      user.passwordHash = passwordHash;
      user.inviteHash = null;
      user.inviteExpiresAt = null;
      await em.save(user);
      await this.audit.record(em, null, 'accept-invitation', 'user', user.id, {});
    });
  }

  async update(actor: Actor, id: string, dto: UpdateUserDto): Promise<UserDto> {
    const passwordHash = dto.password ? await hashPassword(dto.password) : undefined;
    return this.write(async (em) => {
      const user = await em.findOne(User, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!user) throw new NotFoundException('No such user');
      rejectNulls(dto, ['displayName', 'role', 'disabled', 'password']);
      if (id === actor.userId && (dto.disabled || (dto.role && dto.role !== 'admin'))) {
        throw new FieldError(dto.disabled ? 'disabled' : 'role', 'Administrators cannot disable or demote themselves');
      }
      const before = audited(user);
      if (dto.displayName !== undefined) user.displayName = dto.displayName;
      if (dto.role !== undefined) user.role = dto.role;
      if (dto.departmentId !== undefined) user.departmentId = dto.departmentId;
      user.departmentId = await this.checkDepartment(em, user.role, user.departmentId);
      if (passwordHash) {
        user.passwordHash = passwordHash;
        user.failedLogins = 0;
        user.lockedUntil = null;
      }
      if (dto.disabled !== undefined) user.disabledAt = dto.disabled ? (user.disabledAt ?? new Date()) : null;
      const saved = await em.save(user);
      // Disabling, a new password or a new role end the account's sessions at once.
      if (dto.disabled || passwordHash || dto.role !== undefined || dto.departmentId !== undefined) {
        await em.delete(Session, { userId: id });
      }
      await this.audit.record(em, actor, 'update', 'user', id, { ...diff(before, audited(saved)), ...(passwordHash ? { password: { from: '***', to: '***' } } : {}) });
      return toDto(saved);
    });
  }

  private async checkDepartment(em: EntityManager, role: string, departmentId: string | null): Promise<string | null> {
    if (role !== 'officer') return null;
    if (!departmentId) throw new FieldError('departmentId', 'Officers must belong to a department');
    await loadRefs(em, Department, [departmentId], 'departmentId');
    return departmentId;
  }

  private async write<T>(work: (em: EntityManager) => Promise<T>): Promise<T> {
    try {
      return await this.db.transaction(work);
    } catch (err) {
      if (isUniqueViolation(err)) throw new DuplicateError('user (e-mail)');
      throw err;
    }
  }
}

function audited(u: User): Record<string, unknown> {
  return { email: u.email, displayName: u.displayName, role: u.role, departmentId: u.departmentId, disabledAt: u.disabledAt?.toISOString() ?? null };
}

function toDto(u: User): UserDto {
  return {
    id: u.id,
    email: u.email,
    displayName: u.displayName,
    role: u.role,
    departmentId: u.departmentId,
    disabled: u.disabledAt !== null,
    lockedUntil: u.lockedUntil && u.lockedUntil > new Date() ? u.lockedUntil.toISOString() : null,
    invitePending: u.inviteHash !== null,
  };
}
