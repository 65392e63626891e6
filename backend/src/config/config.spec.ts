import { ConfigError, loadConfig } from './config.js';

function problems(env: Record<string, string>): string[] {
  try {
    loadConfig(env);
  } catch (err) {
    if (err instanceof ConfigError) return err.problems;
    throw err;
  }
  return [];
}

describe('loadConfig', () => {
  it('has working defaults for a bare machine', () => {
    const config = loadConfig({});
    expect(config.port).toBe(3000);
    expect(config.databaseUrl).toBeUndefined();
    expect(config.meiliUrl).toBeUndefined();
    expect(config.demoData).toBe(true);
    expect(config.dataDir).toMatch(/\.data$/);
    expect(config.map.tileUrl).toContain('{z}');
    expect(config.publicUrl).toBe('http://localhost:3000');
  });

  it('reads external servers', () => {
    const config = loadConfig({
      DATABASE_URL: 'postgres://u:p@db:5432/x',
      MEILI_URL: 'http://search:7700',
      MEILI_MASTER_KEY: '0123456789abcdef',
    });
    expect(config.databaseUrl).toBe('postgres://u:p@db:5432/x');
    expect(config.meiliUrl).toBe('http://search:7700');
  });

  it('names each bad variable at once', () => {
    const found = problems({ PORT: 'abc', DEMO_DATA: 'maybe', NODE_ENV: 'staging' });
    expect(found).toHaveLength(3);
    expect(found[0]).toMatch(/^NODE_ENV must be one of/);
    expect(found.join('\n')).toMatch(/PORT must be an integer from 1 to 65535 \(got "abc"\)/);
    expect(found.join('\n')).toMatch(/DEMO_DATA must be true or false/);
  });

  it('requires a master key with MEILI_URL, and a long one', () => {
    expect(problems({ MEILI_URL: 'http://x:7700' })).toEqual(['MEILI_MASTER_KEY is required when MEILI_URL is set']);
    expect(problems({ MEILI_URL: 'http://x:7700', MEILI_MASTER_KEY: 'short' })).toEqual([
      'MEILI_MASTER_KEY must be at least 16 bytes long',
    ]);
    expect(problems({ MEILI_MASTER_KEY: '0123456789abcdef' })[0]).toMatch(/MEILI_URL is not/);
  });

  it('reads further Meilisearch nodes and refuses bad, repeated or orphan ones', () => {
    const base = { MEILI_URL: 'http://search-a:7700', MEILI_MASTER_KEY: '0123456789abcdef' };
    expect(loadConfig(base).meiliReplicaUrls).toEqual([]);
    expect(loadConfig({ ...base, MEILI_REPLICA_URLS: ' http://search-b:7700/ , http://search-c:7700' }).meiliReplicaUrls).toEqual([
      'http://search-b:7700',
      'http://search-c:7700',
    ]);
    expect(problems({ ...base, MEILI_REPLICA_URLS: 'ftp://b:21' })[0]).toMatch(/MEILI_REPLICA_URLS entries must start with http:\/\/ or https:\/\//);
    expect(problems({ ...base, MEILI_REPLICA_URLS: 'not a url' })[0]).toMatch(/MEILI_REPLICA_URLS has an entry that is not a valid URL/);
    expect(problems({ ...base, MEILI_REPLICA_URLS: 'http://b:7700,http://b:7700' })).toEqual(['MEILI_REPLICA_URLS lists the same URL twice']);
    expect(problems({ ...base, MEILI_REPLICA_URLS: 'http://search-a:7700/' })).toEqual(['MEILI_REPLICA_URLS must not repeat MEILI_URL']);
    expect(problems({ MEILI_REPLICA_URLS: 'http://b:7700' })).toEqual(['MEILI_REPLICA_URLS needs MEILI_URL (the replicas share its master key)']);
  });

  it('rejects a DATABASE_URL of the wrong kind without echoing its password', () => {
    const [problem] = problems({ DATABASE_URL: 'mysql://root:secret@db/x' });
    expect(problem).toMatch(/DATABASE_URL must start with postgres:\/\/ or postgresql:\/\//);
    expect(problem).not.toContain('secret');
  });

  it('validates map settings', () => {
    expect(problems({ MAP_TILE_URL: 'https://tiles.example/{z}.png' })[0]).toMatch(/MAP_TILE_URL must contain/);
    expect(problems({ MAP_CENTER_LAT: '91' })[0]).toMatch(/MAP_CENTER_LAT must be a number from -90 to 90/);
    expect(problems({ MAP_ZOOM: '19', MAP_MAX_ZOOM: '18' })).toEqual(['MAP_ZOOM must not exceed MAP_MAX_ZOOM']);
  });

  it('treats blank values as unset', () => {
    expect(loadConfig({ PORT: '  ', DATABASE_URL: '' }).port).toBe(3000);
  });

  it('ConfigError message points at the docs', () => {
    expect(() => loadConfig({ PORT: '0' })).toThrow(/Invalid configuration:\n {2}- PORT .*\nSee docs\/configuration.md/);
  });
});

describe('docs/configuration.md', () => {
  it('documents every variable the config reads', async () => {
    const fs = await import('node:fs');
    const path = await import('node:path');
    const source = fs.readFileSync(path.join(import.meta.dirname, 'config.ts'), 'utf8');
    const docs = fs.readFileSync(path.join(import.meta.dirname, '../../../docs/configuration.md'), 'utf8');
    const variables = [...source.matchAll(/r\.\w+\('([A-Z_]+)'/g)].map((m) => m[1]);
    expect(variables.length).toBeGreaterThan(20);
    expect(variables.filter((v) => !docs.includes(`\`${v}\``))).toEqual([]);
  });
});

describe('production', () => {
  it('requires external servers and does not load demo data by default', () => {
    expect(problems({ NODE_ENV: 'production' })).toEqual([
      'DATABASE_URL is required when NODE_ENV=production',
      'MEILI_URL is required when NODE_ENV=production',
      'SMTP_URL is required when MAIL_TRANSPORT=smtp',
    ]);
    const config = loadConfig({
      NODE_ENV: 'production',
      DATABASE_URL: 'postgres://u:p@db/x',
      MEILI_URL: 'https://search.example',
      MEILI_MASTER_KEY: '0123456789abcdef',
      SMTP_URL: 'smtps://mailer:secret@smtp.example:465',
    });
    expect(config.demoData).toBe(false);
    expect(config.mail.transport).toBe('smtp');
  });

  it('refuses the database mail transport in production', () => {
    expect(problems({ NODE_ENV: 'production', MAIL_TRANSPORT: 'dev' })).toContain('MAIL_TRANSPORT=dev keeps mail in the database: not for production');
  });
});

describe('mail', () => {
  it('keeps mail in the database by default in development and checks the SMTP URL', () => {
    expect(loadConfig({}).mail.transport).toBe('dev');
    expect(problems({ MAIL_TRANSPORT: 'smtp' })).toEqual(['SMTP_URL is required when MAIL_TRANSPORT=smtp']);
    expect(problems({ MAIL_TRANSPORT: 'smtp', SMTP_URL: 'http://mail.example' })).toHaveLength(1);
  });
});

describe('redact', () => {
  it('hides passwords in every URL form', async () => {
    const { redact } = await import('./config.js');
    expect(redact('postgres://u:secret@db/x')).toBe('postgres://u:***@db/x');
    expect(redact('postgres://:secret@db/x')).toBe('postgres://:***@db/x');
    expect(redact('postgres://db/x?user=u&password=secret&ssl=1')).toBe('postgres://db/x?user=u&password=***&ssl=1');
  });
});
