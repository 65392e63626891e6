import request from 'supertest';

/**
 * A browser-like client: keeps cookies and echoes the XSRF-TOKEN cookie in X-XSRF-TOKEN on
 * state-changing requests, as Angular's HttpClient does.
 */
export class Client {
  private cookies = new Map<string, string>();

  constructor(readonly baseUrl: string) {}

  /** The same browser talking to another API process (sessions live in PostgreSQL). */
  withBaseUrl(baseUrl: string): Client {
    const other = new Client(baseUrl);
    other.cookies = this.cookies;
    return other;
  }

  get csrf(): string | undefined {
    return this.cookies.get('XSRF-TOKEN');
  }

  private remember(res: request.Response): request.Response {
    const set = res.headers['set-cookie'] as unknown as string[] | undefined;
    for (const line of set ?? []) {
      const [pair, ...attrs] = line.split(';');
      const [name, ...rest] = pair!.split('=');
      const value = rest.join('=');
      const expired = attrs.some((a) => /expires=Thu, 01 Jan 1970/i.test(a)) || value === '';
      if (expired) this.cookies.delete(name!.trim());
      else this.cookies.set(name!.trim(), value);
    }
    return res;
  }

  private cookieHeader(): string {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  }

  /** Sends a request; `csrf: false` omits the token (to test that it is required). */
  async send(
    method: 'get' | 'post' | 'patch' | 'put' | 'delete',
    path: string,
    body?: unknown,
    options: { csrf?: boolean; headers?: Record<string, string>; attach?: { field: string; buffer: Buffer; filename: string }; fields?: Record<string, string> } = {},
  ): Promise<request.Response> {
    if (!this.csrf && method !== 'get') await this.send('get', '/api/v1/settings/public');
    let req = request(this.baseUrl)[method](path);
    const cookie = this.cookieHeader();
    if (cookie) req = req.set('Cookie', cookie);
    for (const [k, v] of Object.entries(options.headers ?? {})) req = req.set(k, v);
    if (method !== 'get' && options.csrf !== false && this.csrf) req = req.set('X-XSRF-TOKEN', this.csrf);
    if (options.attach) {
      for (const [k, v] of Object.entries(options.fields ?? {})) req = req.field(k, v);
      req = req.attach(options.attach.field, options.attach.buffer, options.attach.filename);
    } else if (body !== undefined) {
      req = req.send(body as object);
    }
    return this.remember(await req);
  }

  get(path: string) {
    return this.send('get', path);
  }
  post(path: string, body?: unknown) {
    return this.send('post', path, body ?? {});
  }
  patch(path: string, body: unknown) {
    return this.send('patch', path, body);
  }
  delete(path: string) {
    return this.send('delete', path);
  }

  async signIn(email: string, password: string): Promise<request.Response> {
    const res = await this.post('/api/v1/auth/login', { email, password });
    if (res.status !== 200) throw new Error(`sign-in of ${email} failed: ${res.status} ${JSON.stringify(res.body)}`);
    return res;
  }
}

export const DEMO = {
  admin: { email: 'admin@demo.invest-portal.vn', password: 'Demo-Admin-2026!' },
  editor: { email: 'editor@demo.invest-portal.vn', password: 'Demo-Editor-2026!' },
  officerA: { email: 'officer.stc@demo.invest-portal.vn', password: 'Demo-Officer-2026!' },
  officerB: { email: 'officer.kcn@demo.invest-portal.vn', password: 'Demo-Officer-2026!' },
} as const;
