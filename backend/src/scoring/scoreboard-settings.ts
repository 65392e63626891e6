import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { Actor } from '../common/access.js';
import { FieldError } from '../common/errors.js';
import { PortalSetting } from '../settings/portal-setting.entity.js';
import type { ScoringSettingsDto } from './dto/scoring-settings.dto.js';
import { COMPONENT_KEYS, DEFAULT_SCORING, type ScoringSettings } from './scoreboard-math.js';

const SECTION = 'scoring';

/** The `scoring` section of the portal settings: DEFAULT_SCORING until an administrator saves it. */
@Injectable()
export class ScoringSettingsService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async get(): Promise<ScoringSettings> {
    const row = await this.db.getRepository(PortalSetting).findOne({ where: { key: SECTION } });
    const saved = (row?.value ?? {}) as Partial<ScoringSettings>;
    return {
      weights: { ...DEFAULT_SCORING.weights, ...(saved.weights ?? {}) },
      replySpeedZeroHours: saved.replySpeedZeroHours ?? DEFAULT_SCORING.replySpeedZeroHours,
    };
  }

  async update(actor: Actor, dto: ScoringSettingsDto): Promise<ScoringSettings> {
    const weights = Object.fromEntries(COMPONENT_KEYS.map((k) => [k, dto.weights[k]])) as ScoringSettings['weights'];
    if (COMPONENT_KEYS.every((k) => weights[k] === 0)) throw new FieldError('weights', 'at least one weight must be above 0');
    const value: ScoringSettings = { weights, replySpeedZeroHours: dto.replySpeedZeroHours };
    await this.db.getRepository(PortalSetting).upsert({ key: SECTION, value, updatedBy: actor.userId }, ['key']);
    return value;
  }
}
