import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import { Observable } from 'rxjs';

import type { components, paths } from './schema';

// Every type below comes from `schema.ts`, generated from docs/api/openapi.json
// (`npm run api:generate`); never edit or copy these shapes by hand.
type Schemas = components['schemas'];
export type PublicSettingsDto = Schemas['PublicSettingsDto'];
export type DepartmentListDto = Schemas['DepartmentListDto'];
export type DepartmentDto = Schemas['DepartmentDto'];
export type DepartmentKind = Schemas['DepartmentKind'];

/** Paths of the spec that answer GET with a JSON body. */
type JsonGetPath = {
  [P in keyof paths]: paths[P] extends {
    get: { responses: { 200: { content: { 'application/json': unknown } } } };
  }
    ? P
    : never;
}[keyof paths];

type JsonGetResponse<P extends JsonGetPath> = paths[P] extends {
  get: { responses: { 200: { content: { 'application/json': infer T } } } };
}
  ? T
  : never;

/**
 * Thin typed client for the same-origin public API. Paths are checked against the spec,
 * so a renamed or removed endpoint is a compile error here rather than a 404 in production.
 */
@Injectable({ providedIn: 'root' })
export class Api {
  private readonly http = inject(HttpClient);

  private get<P extends JsonGetPath>(path: P): Observable<JsonGetResponse<P>> {
    // Same origin as the site; the spec's paths are absolute (/api/v1/...).
    return this.http.get<JsonGetResponse<P>>(path);
  }

  publicSettings(): Observable<PublicSettingsDto> {
    return this.get('/api/v1/settings/public');
  }

  departments(): Observable<DepartmentListDto> {
    return this.get('/api/v1/departments');
  }
}
