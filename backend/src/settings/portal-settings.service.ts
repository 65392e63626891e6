import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import type { Actor } from '../common/access.js';
import { FieldError } from '../common/errors.js';
import type { AppConfig } from '../config/config.js';
import { APP_CONFIG } from '../config/config.module.js';
import { Department } from '../departments/department.entity.js';
import type { InquirySettingsDto } from './dto/inquiry-settings.dto.js';
import { DEFAULT_HOLIDAYS } from './holidays.js';
import { PortalSetting } from './portal-setting.entity.js';

const INQUIRIES = 'inquiries';

/** Run-time settings kept in PostgreSQL; until an administrator saves them, the config defaults apply. */
@Injectable()
export class PortalSettingsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async inquiries(em: EntityManager = this.db.manager): Promise<InquirySettingsDto> {
    const row = await em.getRepository(PortalSetting).findOne({ where: { key: INQUIRIES } });
    const defaults: InquirySettingsDto = {
      responseDays: this.config.inquiries.responseDays,
      holidays: [...DEFAULT_HOLIDAYS],
      intakeDepartment: this.config.inquiries.intakeDepartment,
    };
    return { ...defaults, ...((row?.value as Partial<InquirySettingsDto>) ?? {}) };
  }

  async updateInquiries(actor: Actor, dto: InquirySettingsDto): Promise<InquirySettingsDto> {
    const exists = await this.db.getRepository(Department).exists({ where: { code: dto.intakeDepartment } });
    if (!exists) throw new FieldError('intakeDepartment', `intakeDepartment "${dto.intakeDepartment}" is not a department code`);
    const value: InquirySettingsDto = {
      responseDays: dto.responseDays,
      holidays: [...new Set(dto.holidays)].sort(),
      intakeDepartment: dto.intakeDepartment,
    };
    await this.db.getRepository(PortalSetting).upsert({ key: INQUIRIES, value, updatedBy: actor.userId }, ['key']);
    return value;
  }
}
