import { HttpClient, HttpEvent, HttpParams } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import { Observable } from 'rxjs';

import type { components, paths } from './schema';

// Every type below comes from `schema.ts`, generated from docs/api/openapi.json
// (`npm run openapi` or `npm run api:generate -w frontend`); never edit or copy these shapes by hand.
export type Schemas = components['schemas'];
export type PublicSettingsDto = Schemas['PublicSettingsDto'];
export type DepartmentListDto = Schemas['DepartmentListDto'];
export type DepartmentDto = Schemas['DepartmentDto'];
export type DepartmentKind = Schemas['DepartmentKind'];

/** Paths of the spec that answer GET with a JSON body. */
export type JsonGetPath = {
  [P in keyof paths]: paths[P] extends {
    get: { responses: { 200: { content: { 'application/json': unknown } } } };
  }
    ? P
    : never;
}[keyof paths];

export type JsonGetResponse<P extends JsonGetPath> = paths[P] extends {
  get: { responses: { 200: { content: { 'application/json': infer T } } } };
}
  ? T
  : never;

/** Query parameters a GET path declares (empty object when it declares none). */
export type QueryOf<P extends keyof paths> = paths[P] extends {
  get: { parameters: { query?: infer Q } };
}
  ? NonNullable<Q>
  : never;

/** Path parameters a path declares, e.g. `{ slug: string }`. */
export type PathParamsOf<P extends keyof paths> = paths[P] extends {
  get: { parameters: { path: infer R } };
}
  ? R
  : paths[P] extends { post: { parameters: { path: infer R } } }
    ? R
    : never;

/** Paths of the spec that accept a JSON body on POST. */
export type JsonPostPath = {
  [P in keyof paths]: paths[P] extends {
    post: { requestBody: { content: { 'application/json': unknown } } };
  }
    ? P
    : never;
}[keyof paths];

export type JsonPostBody<P extends JsonPostPath> = paths[P] extends {
  post: { requestBody: { content: { 'application/json': infer B } } };
}
  ? B
  : never;

/** The body of the first 2xx answer of a POST path. */
export type JsonPostResponse<P extends JsonPostPath> = paths[P] extends {
  post: { responses: infer R };
}
  ? R extends { 201: { content: { 'application/json': infer T } } }
    ? T
    : R extends { 200: { content: { 'application/json': infer T } } }
      ? T
      : void
  : never;

/** Paths of the spec that accept a JSON body on PATCH. */
export type JsonPatchPath = {
  [P in keyof paths]: paths[P] extends {
    patch: { requestBody: { content: { 'application/json': unknown } } };
  }
    ? P
    : never;
}[keyof paths];

export type JsonPatchBody<P extends JsonPatchPath> = paths[P] extends {
  patch: { requestBody: { content: { 'application/json': infer B } } };
}
  ? B
  : never;

export type JsonPatchResponse<P extends JsonPatchPath> = paths[P] extends {
  patch: { responses: { 200: { content: { 'application/json': infer T } } } };
}
  ? T
  : void;

/** Paths of the spec that accept a JSON body on PUT. */
export type JsonPutPath = {
  [P in keyof paths]: paths[P] extends { put: { requestBody: { content: { 'application/json': unknown } } } } ? P : never;
}[keyof paths];

export type JsonPutBody<P extends JsonPutPath> = paths[P] extends {
  put: { requestBody: { content: { 'application/json': infer B } } };
}
  ? B
  : never;

export type JsonPutResponse<P extends JsonPutPath> = paths[P] extends {
  put: { responses: { 200: { content: { 'application/json': infer T } } } };
}
  ? T
  : void;

/** Paths of the spec that answer DELETE. */
export type DeletePath = {
  [P in keyof paths]: paths[P] extends { delete: unknown } ? P : never;
}[keyof paths];

/** Paths of the spec that take a multipart upload on POST. */
export type UploadPath = {
  [P in keyof paths]: paths[P] extends {
    post: { requestBody: { content: { 'multipart/form-data': unknown } } };
  }
    ? P
    : never;
}[keyof paths];

/** Fills `{name}` placeholders of a spec path; values are URL-encoded. */
export function fillPath(path: string, params: Readonly<Record<string, string>> | undefined): string {
  if (!params) return path;
  return path.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.hasOwn(params, name) ? encodeURIComponent(params[name]) : whole,
  );
}

/** Drops empty values so `?q=&sector=` never reaches the API. */
export function toHttpParams(query: object | undefined): HttpParams {
  let params = new HttpParams();
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value === undefined || value === null || value === '') continue;
    params = params.set(key, Array.isArray(value) ? value.join(',') : String(value));
  }
  return params;
}

/**
 * Thin typed client for the same-origin public API. Paths, parameters and bodies are checked
 * against the spec, so a renamed or removed endpoint is a compile error rather than a 404.
 * Features call `get`/`post` with spec paths; CSRF is echoed by Angular's XSRF interceptor.
 */
@Injectable({ providedIn: 'root' })
export class Api {
  private readonly http = inject(HttpClient);

  get<P extends JsonGetPath>(
    path: P,
    options: { path?: PathParamsOf<P>; query?: QueryOf<P> } = {},
  ): Observable<JsonGetResponse<P>> {
    return this.http.get<JsonGetResponse<P>>(fillPath(path, options.path as Record<string, string>), {
      params: toHttpParams(options.query),
    });
  }

  post<P extends JsonPostPath>(
    path: P,
    body: JsonPostBody<P>,
    options: { path?: PathParamsOf<P> } = {},
  ): Observable<JsonPostResponse<P>> {
    return this.http.post<JsonPostResponse<P>>(fillPath(path, options.path as Record<string, string>), body);
  }

  patch<P extends JsonPatchPath>(
    path: P,
    body: JsonPatchBody<P>,
    options: { path?: Readonly<Record<string, string>> } = {},
  ): Observable<JsonPatchResponse<P>> {
    return this.http.patch<JsonPatchResponse<P>>(fillPath(path, options.path), body);
  }

  put<P extends JsonPutPath>(
    path: P,
    body: JsonPutBody<P>,
    options: { path?: Readonly<Record<string, string>> } = {},
  ): Observable<JsonPutResponse<P>> {
    return this.http.put<JsonPutResponse<P>>(fillPath(path, options.path), body);
  }

  delete<P extends DeletePath>(path: P, options: { path?: Readonly<Record<string, string>> } = {}): Observable<void> {
    return this.http.delete<void>(fillPath(path, options.path));
  }

  /** Multipart upload with progress events (`HttpEventType.UploadProgress`, then the response). */
  upload<P extends UploadPath>(
    path: P,
    form: FormData,
    options: { path?: Readonly<Record<string, string>> } = {},
  ): Observable<HttpEvent<unknown>> {
    return this.http.post(fillPath(path, options.path), form, { reportProgress: true, observe: 'events' });
  }

  publicSettings(): Observable<PublicSettingsDto> {
    return this.get('/api/v1/settings/public');
  }

  departments(): Observable<DepartmentListDto> {
    return this.get('/api/v1/departments');
  }
}
