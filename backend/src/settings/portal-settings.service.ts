import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import type { Actor } from '../common/access.js';
import { FieldError } from '../common/errors.js';
import type { AppConfig } from '../config/config.js';
import { APP_CONFIG } from '../config/config.module.js';
import { Department } from '../departments/department.entity.js';
import type { InquirySettingsDto } from './dto/inquiry-settings.dto.js';
import type { PortalSettingsDto } from './dto/portal-settings.dto.js';
import { DEFAULT_HOLIDAYS } from './holidays.js';
import { PortalSetting } from './portal-setting.entity.js';

const INQUIRIES = 'inquiries';
const PORTAL = 'portal';

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

  async portal(): Promise<PortalSettingsDto> {
    const row = await this.db.getRepository(PortalSetting).findOne({ where: { key: PORTAL } });
    const { map } = this.config;
    const defaults: PortalSettingsDto = {
      languages: ['vi', 'en'],
      map: { tileUrl: map.tileUrl, attribution: map.attribution, center: { ...map.center }, zoom: map.zoom, maxZoom: map.maxZoom },
      embedAllowList: [],
      newsFeeds: [],
    };
    return { ...defaults, ...((row?.value as Partial<PortalSettingsDto>) ?? {}) };
  }

  async updatePortal(actor: Actor, dto: PortalSettingsDto): Promise<PortalSettingsDto> {
    if (dto.map.zoom > dto.map.maxZoom) throw new FieldError('map.zoom', 'map.zoom must not exceed map.maxZoom');
    const value: PortalSettingsDto = {
      languages: dto.languages.includes('en') ? ['vi', 'en'] : ['vi'],
      map: { tileUrl: dto.map.tileUrl, attribution: dto.map.attribution, center: { lat: dto.map.center.lat, lng: dto.map.center.lng }, zoom: dto.map.zoom, maxZoom: dto.map.maxZoom },
      embedAllowList: [...new Set(dto.embedAllowList.map((o) => o.toLowerCase()))].sort(),
      newsFeeds: [...new Set(dto.newsFeeds)],
    };
    await this.db.getRepository(PortalSetting).upsert({ key: PORTAL, value, updatedBy: actor.userId }, ['key']);
    return value;
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
