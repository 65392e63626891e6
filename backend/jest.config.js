import { preset } from '../jest.preset.js';

export default preset(import.meta.dirname, { testMatch: ['<rootDir>/src/**/*.spec.ts'] });
