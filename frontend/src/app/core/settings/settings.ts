import { inject, Injectable, signal } from '@angular/core';
import { firstValueFrom, timeout } from 'rxjs';

import { Api, PublicSettingsDto } from '../api/api';
import { DEFAULT_SETTINGS } from './default-settings';

/** A slow API must not keep the whole site blank: after this, render with the defaults. */
export const SETTINGS_TIMEOUT_MS = 5000;

/** Public portal settings, loaded once at start-up (see `provideAppInitializer` in app.config). */
@Injectable({ providedIn: 'root' })
export class Settings {
  private readonly api = inject(Api);
  private readonly state = signal<PublicSettingsDto>(DEFAULT_SETTINGS);

  readonly value = this.state.asReadonly();

  /** Never rejects: on any failure the built-in defaults stay in place. */
  async load(): Promise<void> {
    try {
      const settings = await firstValueFrom(
        this.api.publicSettings().pipe(timeout(SETTINGS_TIMEOUT_MS)),
      );
      this.state.set(settings);
    } catch (error) {
      console.warn('Public settings unavailable, using built-in defaults', error);
    }
  }
}
