/** Layering rules, checked by `npm test`: the domain stays pure and nothing reaches up into apps. */
const FRAMEWORKS = '^node_modules/(@nestjs|typeorm|kafkajs|pg|pg-[a-z-]+|fastify|@fastify|nestjs-[a-z-]+)/';

module.exports = {
  forbidden: [
    {
      name: 'domain-is-pure',
      comment: 'libs/domain holds the rules: no framework, database or broker, and no other Parley code.',
      severity: 'error',
      from: { path: '^libs/domain/' },
      // Reference data, name-based ids and schemas only: the ISO 3166 country list, the Public Suffix List, RFC 4122 uuid v5, zod for each kind's details, and lru-cache to remember pure answers.
      to: {
        pathNot: ['^libs/domain/', '^node_modules/@types/', '^node_modules/i18n-iso-countries/', '^node_modules/lru-cache/', '^node_modules/tldts(-core)?/', '^node_modules/uuid/', '^node_modules/zod/'],
        dependencyTypesNot: ['core'],
      },
    },
    {
      name: 'read-models-are-pure',
      comment: 'Projections are pure reducers: the same code runs live, in rebuilds and in as-of queries.',
      severity: 'error',
      from: { path: '^libs/read-models/' },
      to: { path: [FRAMEWORKS, '^libs/(?!domain/|read-models/)'] },
    },
    {
      name: 'reading-does-not-need-rebuilds',
      comment: 'Queries, the async daemon and the store they share stand without libs/replay, which builds on them; libs/database only collects its migrations.',
      severity: 'error',
      from: { path: '^libs/', pathNot: '^libs/(replay|database)/' },
      to: { path: '^libs/replay/' },
    },
    {
      name: 'libs-do-not-know-apps',
      severity: 'error',
      from: { path: '^libs/' },
      to: { path: '^apps/' },
    },
    {
      name: 'apps-stay-apart',
      severity: 'error',
      from: { path: '^apps/([^/]+)/' },
      to: { path: '^apps/', pathNot: '^apps/$1/' },
    },
    {
      name: 'no-circular',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '\\.spec\\.ts$|/test/' },
    tsConfig: { fileName: 'tsconfig.json' },
    tsPreCompilationDeps: true,
  },
};
