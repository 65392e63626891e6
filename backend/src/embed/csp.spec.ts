import { APP_CSP, DOCS_CSP, embedCsp, isOrigin, loopbackOrigins, NO_FRAMING_CSP } from './csp.js';

describe('embed CSP', () => {
  it('lets the portal itself and the allow-listed origins frame the embed pages', () => {
    const csp = embedCsp(['https://soctrang.gov.vn', 'http://127.0.0.1:3001']);
    expect(csp).toContain("frame-ancestors 'self' https://soctrang.gov.vn http://127.0.0.1:3001");
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe-eval');
  });

  it('drops anything that is not a plain origin, so a setting cannot widen or break the policy', () => {
    const csp = embedCsp(['*', "https://a.example; script-src 'unsafe-inline'", 'https://b.example/path', 'https://ok.example', 'https://ok.example']);
    expect(csp.split('frame-ancestors ')[1]).toBe("'self' https://ok.example");
    expect(csp.match(/script-src/g)).toHaveLength(1);
  });

  it('with an empty allow-list only the portal may frame', () => {
    expect(embedCsp([])).toMatch(/frame-ancestors 'self'$/);
  });

  it('forbids plugins and base elements on embed pages', () => {
    expect(embedCsp([])).toContain("object-src 'none'");
    expect(embedCsp([])).toContain("base-uri 'none'");
  });
});

describe('page and resource CSPs', () => {
  const directives = (csp: string) => new Map(csp.split('; ').map((d) => [d.split(' ')[0], d.split(' ').slice(1).join(' ')]));

  it('nothing but a page may load anything, and nothing may be framed', () => {
    const csp = directives(NO_FRAMING_CSP);
    expect(csp.get('default-src')).toBe("'none'");
    expect(csp.get('object-src')).toBe("'none'");
    expect(csp.get('base-uri')).toBe("'none'");
    expect(csp.get('frame-ancestors')).toBe("'none'");
  });

  it('the app and the API docs run only the portal\'s own scripts and cannot be framed', () => {
    for (const policy of [APP_CSP, DOCS_CSP]) {
      const csp = directives(policy);
      expect(csp.get('script-src')).toBe("'self'");
      expect(csp.get('object-src')).toBe("'none'");
      expect(csp.get('frame-ancestors')).toBe("'none'");
      expect(policy).not.toMatch(/unsafe-eval/);
      expect(csp.get('script-src')).not.toMatch(/unsafe-inline/);
    }
    // The app shell's <base href="/"> must keep working; nothing else has one.
    expect(directives(APP_CSP).get('base-uri')).toBe("'self'");
    expect(directives(DOCS_CSP).get('base-uri')).toBe("'none'");
  });

  it('loopback origins for the demo port, none when it is off', () => {
    expect(loopbackOrigins(3001)).toEqual(['http://127.0.0.1:3001', 'http://localhost:3001']);
    expect(loopbackOrigins(0)).toEqual([]);
    expect(isOrigin('https://x.gov.vn:8443')).toBe(true);
    expect(isOrigin('https://x.gov.vn/')).toBe(false);
  });
});
