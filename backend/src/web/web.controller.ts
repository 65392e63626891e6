import { Controller, Get, Header, NotFoundException, Req, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { Public } from '../common/access.js';
import { WebService } from './web.service.js';

/** Paths that belong to the server; everything else under GET is a route of the Angular app. */
const SERVER_PREFIXES = ['/api/', '/health', '/ready', '/feeds/', '/embed/'];

@ApiExcludeController()
@Controller()
export class WebController {
  constructor(private readonly web: WebService) {}

  @Get('robots.txt')
  @Public()
  @Header('Content-Type', 'text/plain; charset=utf-8')
  @Header('Cache-Control', 'public, max-age=3600')
  robots(): string {
    return this.web.robots();
  }

  @Get('sitemap.xml')
  @Public()
  @Header('Content-Type', 'application/xml; charset=utf-8')
  @Header('Cache-Control', 'public, max-age=600')
  sitemap(): Promise<string> {
    return this.web.sitemap();
  }

  @Get('{*path}')
  @Public()
  async index(@Req() req: Request, @Res() res: Response): Promise<void> {
    if (req.path === '/api' || SERVER_PREFIXES.some((p) => req.path.startsWith(p))) {
      throw new NotFoundException(`No route for GET ${req.path}`);
    }
    await this.web.sendPage(req.path, res, req.originalUrl);
  }
}
