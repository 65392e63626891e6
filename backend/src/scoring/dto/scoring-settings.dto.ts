import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsDefined, IsInt, IsObject, Max, Min, ValidateNested } from 'class-validator';
import { DEFAULT_SCORING } from '../scoreboard-math.js';

const W = DEFAULT_SCORING.weights;
const weight = (what: string, def: number) => ApiProperty({ minimum: 0, maximum: 100, example: def, description: `Weight of ${what} (default ${def})` });

/** Relative weights (whole numbers 0–100; they need not add up to 100: the total divides by their sum). */
export class ScoringWeightsDto {
  @weight('the average completeness of public projects', W.completeness) @IsInt() @Min(0) @Max(100) completeness!: number;
  @weight('the share of public projects confirmed as current', W.freshness) @IsInt() @Min(0) @Max(100) freshness!: number;
  @weight('the share of public items with English', W.english) @IsInt() @Min(0) @Max(100) english!: number;
  @weight('the share of inquiries answered within the target', W.replyWithinTarget) @IsInt() @Min(0) @Max(100) replyWithinTarget!: number;
  @weight('the median time to first reply', W.replySpeed) @IsInt() @Min(0) @Max(100) replySpeed!: number;
  @weight('the average investor rating', W.rating) @IsInt() @Min(0) @Max(100) rating!: number;
}

/** The `scoring` section of the portal settings (docs/scoring.md). */
export class ScoringSettingsDto {
  @ApiProperty({ type: ScoringWeightsDto })
  @IsDefined()
  @IsObject()
  @ValidateNested()
  @Type(() => ScoringWeightsDto)
  weights!: ScoringWeightsDto;

  @ApiProperty({
    minimum: 1,
    maximum: 720,
    example: DEFAULT_SCORING.replySpeedZeroHours,
    description: `Median hours to first reply at which reply speed scores 0 (it scores 1 − median / this, not below 0; default ${DEFAULT_SCORING.replySpeedZeroHours})`,
  })
  @IsInt()
  @Min(1)
  @Max(720)
  replySpeedZeroHours!: number;
}
