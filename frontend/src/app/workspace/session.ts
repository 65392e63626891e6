import { computed, inject, Injectable, signal } from '@angular/core';
import { firstValueFrom } from 'rxjs';

import { Api, type Schemas } from '../core/api/api';
import { Actions } from './actions';
import { httpStatus } from '../inquiries/api-errors';

export type Me = Schemas['MeDto'];
export type Role = Schemas['Role'];

/**
 * The signed-in user of the workspace. The session itself is an httpOnly cookie the page cannot
 * read, so "who am I" is asked once (`GET /auth/me`, 401 when signed out) and kept here.
 */
@Injectable({ providedIn: 'root' })
export class Session {
  private readonly api = inject(Api);
  private readonly actions = inject(Actions);
  /** undefined: not asked yet; null: signed out. */
  private readonly state = signal<Me | null | undefined>(undefined);
  private pending?: Promise<Me | null>;

  readonly me = computed(() => this.state() ?? null);
  readonly role = computed<Role | null>(() => this.me()?.role ?? null);
  readonly canCreate = computed(() => this.role() === 'officer' || this.role() === 'admin');
  readonly canReview = computed(() => this.role() === 'editor' || this.role() === 'admin');
  /** The session ended on its own (a 401 mid-work): the sign-in page says so until the next sign-in. */
  readonly ended = signal(false);

  /** The user, asking the API the first time (and after a sign-out). */
  load(): Promise<Me | null> {
    const known = this.state();
    if (known !== undefined) return Promise.resolve(known);
    this.pending ??= firstValueFrom(this.api.get('/api/v1/auth/me')).then(
      (me) => this.settle(me),
      (error: unknown) => {
        // 401: signed out. Anything else (network, server): treat as signed out for now but ask
        // again next time, so a blip does not keep people out.
        if (httpStatus(error) === 401) return this.settle(null);
        this.pending = undefined;
        return null;
      },
    );
    return this.pending;
  }

  async signIn(email: string, password: string): Promise<Me> {
    const me = await firstValueFrom(this.api.post('/api/v1/auth/login', { email, password }));
    this.ended.set(false);
    this.settle(me);
    return me;
  }

  async signOut(): Promise<void> {
    this.ended.set(false);
    try {
      await firstValueFrom(this.actions.post('/api/v1/auth/logout'));
    } finally {
      this.settle(null);
    }
  }

  /** The API answered 401 on some request: the session ended (expired, signed out elsewhere). */
  expired(): void {
    if (this.state()) this.ended.set(true);
    this.settle(null);
  }

  private settle(me: Me | null): Me | null {
    this.state.set(me);
    this.pending = undefined;
    return me;
  }
}
