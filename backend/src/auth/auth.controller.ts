import { Body, Controller, Get, HttpCode, Inject, Post, Req, Res } from '@nestjs/common';
import { ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { CurrentActor, Public, Roles, type Actor } from '../common/access.js';
import type { AppConfig } from '../config/config.js';
import { APP_CONFIG } from '../config/config.module.js';
import { ROLES } from '../users/user.entity.js';
import { newToken } from './auth.service.js';
import { AuthService } from './auth.service.js';
import { SESSION_COOKIE, secureCookies, setCsrfCookie, setSessionCookie } from './auth.middleware.js';
import { LoginDto } from './dto/login.dto.js';
import { MeDto } from './dto/me.dto.js';

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Post('login')
  @HttpCode(200)
  @Public()
  @ApiOperation({ summary: 'Sign in with e-mail and password; sets the session and CSRF cookies', operationId: 'login' })
  @ApiOkResponse({ type: MeDto })
  async login(@Body() body: LoginDto, @Req() req: Request, @Res({ passthrough: true }) res: Response): Promise<MeDto> {
    const signedIn = await this.auth.login(body);
    const secure = secureCookies(this.config, req);
    setSessionCookie(res, signedIn.token, signedIn.expiresAt, secure);
    setCsrfCookie(res, signedIn.csrfToken, secure);
    return signedIn.me;
  }

  @Post('logout')
  @HttpCode(204)
  @Roles(...ROLES)
  @ApiOperation({ summary: 'Sign out: ends this session at once', operationId: 'logout' })
  @ApiNoContentResponse()
  async logout(@CurrentActor() actor: Actor, @Req() req: Request, @Res({ passthrough: true }) res: Response): Promise<void> {
    await this.auth.logout(actor);
    res.clearCookie(SESSION_COOKIE, { path: '/' });
    setCsrfCookie(res, newToken(), secureCookies(this.config, req));
  }

  @Get('me')
  @Roles(...ROLES)
  @ApiOperation({ summary: 'The signed-in user', operationId: 'getMe' })
  @ApiOkResponse({ type: MeDto })
  me(@CurrentActor() actor: Actor): Promise<MeDto> {
    return this.auth.me(actor);
  }
}
