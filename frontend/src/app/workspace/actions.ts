import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import { Observable } from 'rxjs';

import { fillPath } from '../core/api/api';
import type { paths } from '../core/api/schema';

/** Paths of the spec that take a POST without a body: sign-out and workflow actions (submit, …). */
export type ActionPath = {
  [P in keyof paths]: paths[P] extends { post: { requestBody?: never; responses: unknown } } ? P : never;
}[keyof paths];

export type ActionResponse<P extends ActionPath> = paths[P] extends {
  post: { responses: { 200: { content: { 'application/json': infer T } } } };
}
  ? T
  : void;

/**
 * Body-less POSTs, typed against the spec like `Api` (which only knows POSTs with a JSON body).
 * Angular's XSRF interceptor echoes the CSRF cookie as for every other write.
 */
@Injectable({ providedIn: 'root' })
export class Actions {
  private readonly http = inject(HttpClient);

  post<P extends ActionPath>(path: P, params: Readonly<Record<string, string>> = {}): Observable<ActionResponse<P>> {
    return this.http.post<ActionResponse<P>>(fillPath(path, params), null);
  }
}
