import { Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import type { Actor } from '../common/access.js';
import { AuditService, diff } from '../audit/audit.service.js';
import { Session } from '../auth/session.entity.js';
import { hashPassword } from '../auth/password.js';
import { DuplicateError, FieldError, isUniqueViolation, rejectNulls } from '../common/errors.js';
import { loadRefs } from '../common/references.js';
import { Department } from '../departments/department.entity.js';
import type { CreateUserDto, UpdateUserDto, UserDto } from './dto/user.dto.js';
import { User } from './user.entity.js';

@Injectable()
export class UsersService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
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
  };
}
