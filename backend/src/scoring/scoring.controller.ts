import { Body, Controller, Get, Header, Param, Put, Query, StreamableFile } from '@nestjs/common';
import { ApiExtraModels, ApiOkResponse, ApiOperation, ApiProduces, ApiTags, getSchemaPath } from '@nestjs/swagger';
import { CurrentActor, Public, Roles, type Actor } from '../common/access.js';
import { DepartmentDrillDownDto, ReplyTimesDto, ScoreboardDto } from './dto/scoreboard.dto.js';
import { PeriodQueryDto, ScoreboardQueryDto } from './dto/scoreboard-query.dto.js';
import { ScoringSettingsDto } from './dto/scoring-settings.dto.js';
import { scoreboardFile, XLSX_TYPE } from './scoreboard-export.js';
import { ScoringSettingsService } from './scoreboard-settings.js';
import { ScoreboardService } from './scoreboard.service.js';
import { UnknownDepartmentError } from './scoring.errors.js';

const CODE = /^[A-Za-z0-9_-]{1,32}$/;

@ApiTags('scoring')
@ApiExtraModels(ScoreboardDto)
@Controller('scoring')
export class ScoringController {
  constructor(private readonly scoreboard: ScoreboardService) {}

  @Get('departments')
  @Roles('editor', 'admin')
  @Header('Cache-Control', 'private, no-store')
  @ApiOperation({
    summary: 'Department scoreboard for a period: figures, weighted total, rank and trend (JSON, CSV or XLSX)',
    description: 'Definitions and formulas: docs/scoring.md. Every department appears, also those with nothing in the period.',
    operationId: 'getScoreboard',
  })
  @ApiProduces('application/json', 'text/csv', XLSX_TYPE)
  @ApiOkResponse({
    description: 'format=json: the scoreboard; csv and xlsx: the same columns as a download named scoreboard-FROM_TO.csv/.xlsx',
    content: {
      'application/json': { schema: { $ref: getSchemaPath(ScoreboardDto) } },
      'text/csv': { schema: { type: 'string' } },
      [XLSX_TYPE]: { schema: { type: 'string', format: 'binary' } },
    },
  })
  async departments(@Query() query: ScoreboardQueryDto): Promise<ScoreboardDto | StreamableFile> {
    const board = await this.scoreboard.board(query);
    if (query.format === 'json') return board;
    const file = await scoreboardFile(board, query.format, query.lang);
    return new StreamableFile(file.body, { type: file.type, disposition: `attachment; filename="${file.fileName}"`, length: file.body.length });
  }

  @Get('departments/:code')
  @Roles('editor', 'admin')
  @Header('Cache-Control', 'private, no-store')
  @ApiOperation({
    summary: "One department's score with the items behind each number (projects, policies, inquiries by reference)",
    operationId: 'getDepartmentScore',
  })
  @ApiOkResponse({ type: DepartmentDrillDownDto })
  department(@Param('code') code: string, @Query() query: PeriodQueryDto): Promise<DepartmentDrillDownDto> {
    if (!CODE.test(code)) throw new UnknownDepartmentError();
    return this.scoreboard.drillDown(code, query);
  }

  @Get('reply-times')
  @Public()
  @Header('Cache-Control', 'public, max-age=300')
  @ApiOperation({ summary: 'Per department: inquiries answered and median time to first reply in a period', operationId: 'getReplyTimes' })
  @ApiOkResponse({ type: ReplyTimesDto })
  replyTimes(@Query() query: PeriodQueryDto): Promise<ReplyTimesDto> {
    return this.scoreboard.replyTimes(query);
  }
}

@ApiTags('settings')
@Controller('workspace/settings')
export class ScoringSettingsController {
  constructor(private readonly settings: ScoringSettingsService) {}

  @Get('scoring')
  @Roles('editor', 'admin')
  @ApiOperation({ summary: 'Scoreboard weights and the reply-speed scale', operationId: 'getScoringSettings' })
  @ApiOkResponse({ type: ScoringSettingsDto })
  get(): Promise<ScoringSettingsDto> {
    return this.settings.get();
  }

  @Put('scoring')
  @Roles('admin')
  @ApiOperation({ summary: 'Change the scoreboard weights or the reply-speed scale', operationId: 'putScoringSettings' })
  @ApiOkResponse({ type: ScoringSettingsDto })
  put(@CurrentActor() actor: Actor, @Body() body: ScoringSettingsDto): Promise<ScoringSettingsDto> {
    return this.settings.update(actor, body);
  }
}
