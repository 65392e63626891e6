import { sessionIdOf } from './auth.service.js';
import { dummyHash, hashPassword, verifyPassword } from './password.js';

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

describe('dummyHash', () => {
  it('costs as much to check as a real hash (no timing oracle for unknown e-mails)', async () => {
    const real = await hashPassword('some password');
    const fake = await dummyHash();
    const time = async (hash: string) => {
      const t = performance.now();
      await verifyPassword('guess', hash);
      return performance.now() - t;
    };
    await time(fake);
    const [a, b] = [await time(real), await time(fake)];
    expect(fake).toMatch(/^scrypt\$32768\$8\$1\$[^$]+\$[^$]+$/);
    expect(b).toBeGreaterThan(a / 3);
  });
});
