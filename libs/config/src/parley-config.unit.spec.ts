import { ConfigurationError, loadConfig } from './parley-config';

describe('configuration', () => {
  it('given no variables, runs on the documented defaults', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      port: 3000,
      database: { url: 'postgres://postgres@127.0.0.1:5432/parley', poolSize: 20 },
      kafka: { brokers: ['127.0.0.1:9092'], topic: 'parley.events', partitions: 6, groupId: 'parley-projector' },
      apiKeys: [],
      logLevel: 'info',
      dashboardDir: 'dist/dashboard',
    });
    expect([...config.components]).toEqual(['api', 'relay', 'projector']);
  });

  it.each([
    ['PORT', { PORT: 'eighty' }],
    ['DATABASE_URL', { DATABASE_URL: 'mysql://localhost/parley' }],
    ['KAFKA_BROKERS', { KAFKA_BROKERS: 'localhost' }],
    ['KAFKA_PARTITIONS', { KAFKA_PARTITIONS: '0' }],
    ['PARLEY_COMPONENTS', { PARLEY_COMPONENTS: 'api,dashboard' }],
    ['LOG_LEVEL', { LOG_LEVEL: 'verbose' }],
    ['NODE_ENV', { NODE_ENV: 'staging' }],
  ])('given a wrong %s, refuses to start with a message naming it', (name, env) => {
    expect(() => loadConfig(env)).toThrow(ConfigurationError);
    expect(() => loadConfig(env)).toThrow(new RegExp(`invalid configuration: .*${name}`));
  });

  it('given production without API_KEYS while serving the API, refuses to start naming API_KEYS', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(/API_KEYS: is required in production/);
    expect(loadConfig({ NODE_ENV: 'production', PARLEY_COMPONENTS: 'projector' }).apiKeys).toEqual([]);
    expect(loadConfig({ NODE_ENV: 'production', API_KEYS: 'a, b' }).apiKeys).toEqual(['a', 'b']);
  });

  it('names every wrong variable at once', () => {
    expect(() => loadConfig({ PORT: '-1', LOG_LEVEL: 'loud' })).toThrow(/PORT: .*; LOG_LEVEL: /);
  });
});
