import { lockMinutes, MAX_LOCK_MINUTES, sessionIdOf } from './auth.service.js';
import { hashPassword, verifyPassword } from './password.js';

describe('lockMinutes', () => {
  it('is zero below the limit, then doubles up to the cap', () => {
    expect([4, 5, 6, 7, 8].map((n) => lockMinutes(n, 5))).toEqual([0, 1, 2, 4, 8]);
    expect(lockMinutes(40, 5)).toBe(MAX_LOCK_MINUTES);
  });
});

describe('passwords', () => {
  it('verify the right password only, with a fresh salt per hash', async () => {
    const a = await hashPassword('mật khẩu rất dài 123');
    const b = await hashPassword('mật khẩu rất dài 123');
    expect(a).not.toBe(b);
    expect(a).toMatch(/^scrypt\$32768\$8\$1\$/);
    expect(await verifyPassword('mật khẩu rất dài 123', a)).toBe(true);
    expect(await verifyPassword('mật khẩu rất dài 124', a)).toBe(false);
  });

  it('treat composed and decomposed Vietnamese as the same password', async () => {
    const hash = await hashPassword('đầu tư');
    expect(await verifyPassword('đầu tư'.normalize('NFD'), hash)).toBe(true);
  });

  it('reject a stored value that is not ours', async () => {
    expect(await verifyPassword('x', 'bcrypt$2b$...')).toBe(false);
  });
});

describe('sessionIdOf', () => {
  it('stores a hash, not the cookie value', () => {
    expect(sessionIdOf('token')).toMatch(/^[0-9a-f]{64}$/);
    expect(sessionIdOf('token')).not.toContain('token');
  });
});
