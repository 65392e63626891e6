import { Body, Controller, Get, Header, HttpCode, Post, Query, Req, Res } from '@nestjs/common';
import { ApiExtraModels, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags, getSchemaPath } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { CurrentActor, Public, Roles, type Actor } from '../common/access.js';
import { AnalyticsService } from './analytics.service.js';
import { AnalyticsSummaryDto, SummaryQueryDto } from './dto/summary.dto.js';
import { RecordViewDto } from './dto/view.dto.js';

@ApiTags('analytics')
@Controller('analytics')
export class AnalyticsController {
  constructor(private readonly analytics: AnalyticsService) {}

  @Post('views')
  @Public()
  @HttpCode(204)
  @Header('Cache-Control', 'no-store')
  @ApiOperation({
    summary:
      'Count a view of a public project or policy page (no cookie, nothing about the reader stored; bots, prefetches, staff and repeats within the window are not counted). 404 for a slug with no public item',
    operationId: 'recordView',
  })
  @ApiNoContentResponse({ description: 'Received (counted or not)' })
  async view(@Body() body: RecordViewDto, @Req() req: Request): Promise<void> {
    const purpose = ['sec-purpose', 'purpose', 'x-purpose', 'x-moz'].map((h) => req.header(h)).filter(Boolean).join(';');
    await this.analytics.recordView({
      kind: body.kind,
      slug: body.slug,
      ip: req.ip,
      userAgent: req.header('user-agent'),
      purpose: purpose || undefined,
      signedIn: Boolean(req.actor),
    });
  }

  @Get('summary')
  @Roles('officer', 'editor', 'admin')
  @Header('Cache-Control', 'private, no-store')
  @ApiOperation({
    summary:
      'Usage figures for a period of provincial calendar days: views, top items, searches, queries without results, inquiries, widget/feed/export use; one table as CSV with format=csv&table=…. Officers: their own department only',
    operationId: 'analyticsSummary',
  })
  @ApiExtraModels(AnalyticsSummaryDto)
  @ApiOkResponse({
    description: 'The summary as JSON; with format=csv one table as CSV (UTF-8 with BOM)',
    content: {
      'application/json': { schema: { $ref: getSchemaPath(AnalyticsSummaryDto) } },
      'text/csv': { schema: { type: 'string' } },
    },
  })
  async summary(@CurrentActor() actor: Actor, @Query() query: SummaryQueryDto, @Res({ passthrough: true }) res: Response): Promise<AnalyticsSummaryDto | string> {
    if (query.format !== 'csv') return this.analytics.summary(actor, query);
    const { filename, body } = await this.analytics.csv(actor, query);
    res.setHeader('Content-Type', 'text/csv; charset=utf-8');
    res.setHeader('Content-Disposition', `attachment; filename="${filename}"`);
    return body;
  }
}
