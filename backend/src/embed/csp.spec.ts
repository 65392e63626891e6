import { embedCsp, isOrigin, loopbackOrigins, NO_FRAMING_CSP } from './csp.js';

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
    expect(NO_FRAMING_CSP).toBe("frame-ancestors 'none'");
  });

  it('loopback origins for the demo port, none when it is off', () => {
    expect(loopbackOrigins(3001)).toEqual(['http://127.0.0.1:3001', 'http://localhost:3001']);
    expect(loopbackOrigins(0)).toEqual([]);
    expect(isOrigin('https://x.gov.vn:8443')).toBe(true);
    expect(isOrigin('https://x.gov.vn/')).toBe(false);
  });
});
