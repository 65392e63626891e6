import { Module } from '@nestjs/common';
import { ScoringController, ScoringSettingsController } from './scoring.controller.js';
import { ScoringSettingsService } from './scoreboard-settings.js';
import { ScoreboardService } from './scoreboard.service.js';

/** The department scoreboard (issue 8): /scoring/… and the `scoring` section of the portal settings. */
@Module({
  controllers: [ScoringController, ScoringSettingsController],
  providers: [ScoreboardService, ScoringSettingsService],
})
export class ScoringModule {}
