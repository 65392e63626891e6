import { provideHttpClient, withFetch } from '@angular/common/http';
import {
  ApplicationConfig,
  inject,
  provideAppInitializer,
  provideBrowserGlobalErrorListeners,
  EnvironmentProviders,
  Provider,
} from '@angular/core';
import {
  provideRouter,
  TitleStrategy,
  UrlSerializer,
  withInMemoryScrolling,
} from '@angular/router';

import { routes } from './app.routes';
import { ViewBeacon } from './core/analytics/view-beacon';
import { I18nTitleStrategy } from './core/i18n/title-strategy';
import { installScrollHandling } from './core/routing/scroll';
import { TrailingSlashUrlSerializer } from './core/routing/url-serializer';
import { Settings } from './core/settings/settings';

/** Router set-up shared by the app and the unit tests, so tests route exactly like production. */
export function provideAppRouting(): (Provider | EnvironmentProviders)[] {
  return [
    provideRouter(
      routes,
      // Scroll events still flow; installScrollHandling decides (query-only changes keep the position).
      withInMemoryScrolling({ scrollPositionRestoration: 'disabled', anchorScrolling: 'disabled' }),
    ),
    provideAppInitializer(installScrollHandling),
    { provide: TitleStrategy, useClass: I18nTitleStrategy },
    { provide: UrlSerializer, useClass: TrailingSlashUrlSerializer },
  ];
}

export const appConfig: ApplicationConfig = {
  providers: [
    provideBrowserGlobalErrorListeners(),
    provideHttpClient(withFetch()),
    provideAppRouting(),
    // Settings carry the portal name used in the first title, so load them before routing.
    provideAppInitializer(() => inject(Settings).load()),
    // Anonymous view counts of public project and policy pages (docs/analytics.md).
    provideAppInitializer(() => inject(ViewBeacon).start()),
  ],
};
