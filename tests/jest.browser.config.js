import { preset } from '../jest.preset.js';

export default preset(import.meta.dirname, {
  testMatch: ['<rootDir>/browser/**/*.test.ts'],
  testTimeout: 60_000,
  maxWorkers: 1,
});
