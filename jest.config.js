/** Tests are named by their reach: *.unit.spec.ts (pure), *.api.spec.ts (the API on an in-memory store), *.int.spec.ts (one real service), *.e2e.spec.ts (the whole stack). */
const swc = ['@swc/jest', { ...require('./swc.jest.json') }];
const common = {
  // A few dependencies (and openapi-typescript's) ship ESM only; jest loads CommonJS, so swc compiles them too.
  transform: { '^.+\\.ts$': swc, '/node_modules/(content-disposition|parse-json|index-to-position|supports-color|change-case)/.+\\.js$': swc },
  transformIgnorePatterns: ['/node_modules/(?!(content-disposition|parse-json|index-to-position|supports-color|change-case)/)(?!.*/node_modules/)'],
  moduleFileExtensions: ['ts', 'js', 'json'],
  moduleNameMapper: { '^@parley/(.*)$': '<rootDir>/libs/$1/src' },
  testEnvironment: 'node',
};
module.exports = {
  projects: [
    { ...common, displayName: 'unit', testMatch: ['<rootDir>/{apps,libs,scripts,test}/**/*.unit.spec.ts'] },
    // The API's own specifications: the Nest app on an in-memory event store, no PostgreSQL, no Kafka (apps/api/test/api-specification.ts).
    { ...common, displayName: 'spec', testMatch: ['<rootDir>/apps/**/*.api.spec.ts'] },
    {
      ...common,
      displayName: 'int',
      testMatch: ['<rootDir>/{apps,libs,test}/**/*.{int,e2e}.spec.ts'],
      globalSetup: '<rootDir>/test/support/global-setup.ts',
    },
  ],
  // A global option: inside a project jest ignores it, and a loaded machine then fails slow starts at 5 s.
  testTimeout: 60_000,
};
