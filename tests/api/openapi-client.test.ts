import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '../..');

it('the frontend API types are generated from the committed spec (run "npm run openapi")', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'invest-openapi-'));
  try {
    const out = path.join(dir, 'schema.ts');
    execFileSync(
      process.execPath,
      [path.join(ROOT, 'node_modules/openapi-typescript/bin/cli.js'), path.join(ROOT, 'docs/api/openapi.json'), '-o', out],
      { stdio: 'pipe' },
    );
    const committed = fs.readFileSync(path.join(ROOT, 'frontend/src/app/core/api/schema.ts'), 'utf8');
    expect(committed).toBe(fs.readFileSync(out, 'utf8'));
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
