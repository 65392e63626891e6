import { preset } from '../jest.preset.js';

// Suites that need real PostgreSQL/Meilisearch start them once per file (beforeAll), on free ports.
export default preset(import.meta.dirname, {
  testMatch: ['<rootDir>/{api,search,database,hygiene}/**/*.test.ts'],
  testTimeout: 60_000,
  maxWorkers: 2,
});
