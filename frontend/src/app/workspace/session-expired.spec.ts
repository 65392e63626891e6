import { HttpClient, provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';
import { firstValueFrom } from 'rxjs';

import { Session, type Me } from './session';
import { endsSession, sessionExpired } from './session-expired';

@Component({ template: '' })
class Blank {}

const ME = { id: 'u1', email: 'a@b.vn', displayName: 'A', role: 'officer', departmentId: null } as unknown as Me;

describe('endsSession', () => {
  it('is a 401 from the API other than the sign-in probes', () => {
    expect(endsSession('/api/v1/workspace/projects', 401)).toBe(true);
    expect(endsSession('http://localhost:3000/api/v1/workspace/settings/portal', 401)).toBe(true);
    expect(endsSession('/api/v1/auth/me', 401)).toBe(false);
    expect(endsSession('/api/v1/auth/login', 401)).toBe(false);
    expect(endsSession('/api/v1/workspace/projects', 403)).toBe(false);
    expect(endsSession('/api/v1/workspace/projects', 500)).toBe(false);
    expect(endsSession('/other/thing', 401)).toBe(false);
  });
});

describe('sessionExpired interceptor', () => {
  let http: HttpTestingController;
  let client: HttpClient;
  let router: Router;
  let session: Session;

  beforeEach(async () => {
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(withInterceptors([sessionExpired])),
        provideHttpClientTesting(),
        provideRouter([{ path: '**', component: Blank }]),
      ],
    });
    http = TestBed.inject(HttpTestingController);
    client = TestBed.inject(HttpClient);
    router = TestBed.inject(Router);
    session = TestBed.inject(Session);
    // A signed-in officer working on a page.
    const me = session.load();
    http.expectOne('/api/v1/auth/me').flush(ME);
    await me;
    await router.navigateByUrl('/workspace/projects?page=2');
  });

  afterEach(() => http.verify());

  async function fail(url: string, status: number): Promise<unknown> {
    const result = firstValueFrom(client.get(url)).catch((e: unknown) => e);
    http.expectOne(url).flush({ statusCode: status, message: 'x' }, { status, statusText: 'x' });
    const error = await result;
    await new Promise((r) => setTimeout(r));
    return error;
  }

  it('on a 401 forgets the user and sends them to sign-in with the page to come back to', async () => {
    const error = await fail('/api/v1/workspace/projects', 401);
    expect((error as { status: number }).status).toBe(401);
    expect(session.me()).toBeNull();
    expect(session.ended()).toBe(true);
    expect(router.url).toBe('/workspace/sign-in?next=%2Fworkspace%2Fprojects%3Fpage%3D2');
  });

  it('leaves other failures and the sign-in probes alone', async () => {
    await fail('/api/v1/workspace/projects', 403);
    await fail('/api/v1/workspace/projects', 500);
    await fail('/api/v1/auth/login', 401);
    expect(session.me()).toEqual(ME);
    expect(session.ended()).toBe(false);
    expect(router.url).toBe('/workspace/projects?page=2');
  });

  it('the next sign-in clears the notice', async () => {
    await fail('/api/v1/workspace/projects', 401);
    const signIn = session.signIn('a@b.vn', 'pw');
    http.expectOne('/api/v1/auth/login').flush(ME);
    await signIn;
    expect(session.ended()).toBe(false);
  });
});
