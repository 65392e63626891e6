import type { LogLevel as NestLogLevel } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, SwaggerModule, type OpenAPIObject } from '@nestjs/swagger';
import { AppModule } from './app.module.js';
import { ErrorBodyDto } from './common/error-body.js';
import { requestIdMiddleware, securityHeadersMiddleware } from './common/request-id.js';
import { answerParserErrors, trustProxySetting } from './common/transport.js';
import { createValidationPipe } from './common/validation.js';
import type { AppConfig, LogLevel } from './config/config.js';

const LEVELS: LogLevel[] = ['error', 'warn', 'log', 'debug', 'verbose'];
const HASHED_ASSET = /-[A-Z0-9]{8,}\.(js|css|png|svg|woff2?)$/;

export function logLevels(level: LogLevel): NestLogLevel[] {
  return LEVELS.slice(0, LEVELS.indexOf(level) + 1);
}

/** The one place that wires the HTTP app; main.ts, the CLI and the end-to-end tests all use it. */
export async function createApp(config: AppConfig): Promise<NestExpressApplication> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config), {
    logger: logLevels(config.logLevel),
    abortOnError: false,
  });
  app.set('query parser', 'extended');
  app.disable('x-powered-by');
  const trustProxy = trustProxySetting(config.publicUrl);
  if (trustProxy) app.set('trust proxy', trustProxy);
  answerParserErrors(app.getHttpServer());
  app.use(requestIdMiddleware, securityHeadersMiddleware);
  app.useBodyParser('json', { limit: '1mb' });
  app.useGlobalPipes(createValidationPipe());
  app.useStaticAssets(config.frontendDist, {
    index: false,
    setHeaders: (res, file) => {
      res.setHeader('Cache-Control', HASHED_ASSET.test(file) ? 'public, max-age=31536000, immutable' : 'public, max-age=300');
    },
  });
  SwaggerModule.setup('api/docs', app, () => buildOpenApi(app), {
    jsonDocumentUrl: 'api/docs/openapi.json',
    customSiteTitle: 'Invest Portal API',
  });
  return app;
}

export function buildOpenApi(app: NestExpressApplication): OpenAPIObject {
  const config = new DocumentBuilder()
    .setTitle('Invest Portal API')
    .setDescription(
      'Public and workspace API of the investment-promotion module. Errors always use the ErrorBody shape; ' +
        'every response carries an X-Request-Id header.',
    )
    .setVersion('1')
    .addGlobalResponse({
      status: 'default',
      description: 'Error: { statusCode, error, message, details?, requestId }',
      type: ErrorBodyDto,
    })
    .build();
  return SwaggerModule.createDocument(app, config, {
    extraModels: [ErrorBodyDto],
    operationIdFactory: (controllerKey, methodKey) => `${controllerKey}_${methodKey}`,
  });
}
