import { Controller, Get, NotFoundException, Req, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { Public } from '../common/access.js';
import { WebService } from './web.service.js';

/** Paths that belong to the server; everything else under GET is a route of the Angular app. */
const SERVER_PREFIXES = ['/api/', '/health', '/ready', '/feeds/'];

@ApiExcludeController()
@Controller()
export class WebController {
  constructor(private readonly web: WebService) {}

  @Get('{*path}')
  @Public()
  index(@Req() req: Request, @Res() res: Response): void {
    if (req.path === '/api' || SERVER_PREFIXES.some((p) => req.path.startsWith(p))) {
      throw new NotFoundException(`No route for GET ${req.path}`);
    }
    this.web.sendIndex(res);
  }
}
