import { Controller, Get, Header, Query, Res } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Public } from '../common/access.js';
import { EmbedQueryDto } from './dto/embed-query.dto.js';
import { OEmbedDto, OEmbedQueryDto } from './dto/oembed.dto.js';
import type { WidgetKind } from './embed-page.js';
import { EmbedService } from './embed.service.js';

/** The iframe widgets at /embed/… (site root): the only pages other sites may frame. */
@ApiTags('embed')
@Controller('embed')
export class EmbedController {
  constructor(private readonly embed: EmbedService) {}

  @Get('projects')
  @Public()
  @ApiOperation({ summary: 'Iframe widget: latest calls for investment (filters, count, language; project=slug for one card)', operationId: 'embedProjects' })
  @ApiProduces('text/html')
  @ApiOkResponse({ description: 'HTML page framed by allow-listed sites only' })
  projects(@Query() q: EmbedQueryDto, @Res() res: Response): Promise<void> {
    return this.send('projects', q, res);
  }

  @Get('map')
  @Public()
  @ApiOperation({ summary: 'Iframe widget: map of calls for investment', operationId: 'embedMap' })
  @ApiProduces('text/html')
  @ApiOkResponse({ description: 'HTML page framed by allow-listed sites only' })
  map(@Query() q: EmbedQueryDto, @Res() res: Response): Promise<void> {
    return this.send('map', q, res);
  }

  @Get('policies')
  @Public()
  @ApiOperation({ summary: 'Iframe widget: newest incentive policies', operationId: 'embedPolicies' })
  @ApiProduces('text/html')
  @ApiOkResponse({ description: 'HTML page framed by allow-listed sites only' })
  policies(@Query() q: EmbedQueryDto, @Res() res: Response): Promise<void> {
    return this.send('policies', q, res);
  }

  @Get('search')
  @Public()
  @ApiOperation({ summary: 'Iframe widget: search box that opens results on the portal', operationId: 'embedSearch' })
  @ApiProduces('text/html')
  @ApiOkResponse({ description: 'HTML page framed by allow-listed sites only' })
  search(@Query() q: EmbedQueryDto, @Res() res: Response): Promise<void> {
    return this.send('search', q, res);
  }

  private async send(kind: WidgetKind, q: EmbedQueryDto, res: Response): Promise<void> {
    const { html, csp } = await this.embed.page(kind, q);
    // frame-ancestors replaces X-Frame-Options, which cannot name several origins.
    res.removeHeader('X-Frame-Options');
    res.setHeader('Content-Security-Policy', csp);
    // Short: a change to the allow-list reaches embedding sites within a minute.
    res.setHeader('Cache-Control', 'public, max-age=60');
    res.type('html').send(html);
  }
}

/** oEmbed provider for project pages (under /api/v1). */
@ApiTags('embed')
@Controller('oembed')
export class OEmbedController {
  constructor(private readonly embed: EmbedService) {}

  @Get()
  @Public()
  @Header('Cache-Control', 'public, max-age=3600')
  @ApiOperation({ summary: 'oEmbed: a card for a pasted project page link (format=json)', operationId: 'oembed' })
  @ApiOkResponse({ type: OEmbedDto })
  get(@Query() q: OEmbedQueryDto): Promise<OEmbedDto> {
    return this.embed.oembed(q);
  }
}
