import { ConfigurationError, loadConfig } from './parley-config';

describe('configuration', () => {
  it('given no variables, runs on the documented defaults', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      port: 3000,
      metricsPort: 9464,
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
    ['METRICS_PORT', { METRICS_PORT: '70000' }],
    ['DATABASE_URL', { DATABASE_URL: 'mysql://localhost/parley' }],
    ['KAFKA_BROKERS', { KAFKA_BROKERS: 'localhost' }],
    ['KAFKA_PARTITIONS', { KAFKA_PARTITIONS: '0' }],
    ['KAFKA_REPLICATION_FACTOR', { KAFKA_REPLICATION_FACTOR: '0' }],
    ['KAFKA_MIN_INSYNC_REPLICAS', { KAFKA_REPLICATION_FACTOR: '3', KAFKA_MIN_INSYNC_REPLICAS: '4' }],
    ['KAFKA_SSL', { KAFKA_SSL: 'yes' }],
    ['KAFKA_SASL_MECHANISM', { KAFKA_SASL_MECHANISM: 'gssapi', KAFKA_SASL_USERNAME: 'parley', KAFKA_SASL_PASSWORD: 'pw-1234' }],
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
    const strong = ['a'.repeat(32), 'b'.repeat(64)];
    expect(loadConfig({ NODE_ENV: 'production', API_KEYS: strong.join(', ') }).apiKeys).toEqual([
      { key: strong[0], role: 'writer' },
      { key: strong[1], role: 'writer' },
    ]);
  });

  it('given production with a key shorter than 32 characters, refuses to start naming API_KEYS but not the key', () => {
    const env = { NODE_ENV: 'production', API_KEYS: `${'a'.repeat(32)},desk-key-31-characters-long-abc:admin` };
    expect(() => loadConfig(env)).toThrow(/API_KEYS: each key must be 32 characters or more in production/);
    expect(() => loadConfig(env)).not.toThrow(/desk-key-31/);
    expect(loadConfig({ ...env, NODE_ENV: 'development' }).apiKeys).toHaveLength(2);
  });

  it('names every wrong variable at once', () => {
    expect(() => loadConfig({ PORT: '-1', LOG_LEVEL: 'loud' })).toThrow(/PORT: .*; LOG_LEVEL: /);
  });

  describe('Kafka replication and security', () => {
    it('creates topics with one copy for a single broker, and asks two copies of a write wherever there are more', () => {
      expect(loadConfig({}).kafka).toMatchObject({ replicationFactor: 1, minInsyncReplicas: 1, ssl: false, sasl: null });
      expect(loadConfig({ KAFKA_REPLICATION_FACTOR: '3' }).kafka).toMatchObject({ replicationFactor: 3, minInsyncReplicas: 2 });
      expect(loadConfig({ KAFKA_REPLICATION_FACTOR: '5', KAFKA_MIN_INSYNC_REPLICAS: '3' }).kafka).toMatchObject({ minInsyncReplicas: 3 });
    });

    it("gives the relay one transactional id per client id and topic, or the one it is told", () => {
      expect(loadConfig({}).kafka.transactionalId).toBe('parley-relay-parley.events');
      expect(loadConfig({ KAFKA_CLIENT_ID: 'p2', KAFKA_TOPIC: 'events.v2' }).kafka.transactionalId).toBe('p2-relay-events.v2');
      expect(loadConfig({ KAFKA_TRANSACTIONAL_ID: 'relay-eu-1' }).kafka.transactionalId).toBe('relay-eu-1');
    });

    it('reads TLS and SASL credentials, all three SASL variables or none, never repeating the password', () => {
      const sasl = { KAFKA_SASL_MECHANISM: 'scram-sha-512', KAFKA_SASL_USERNAME: 'parley', KAFKA_SASL_PASSWORD: 'secret-pw-1234' };
      expect(loadConfig({ ...sasl, KAFKA_SSL: 'true' }).kafka).toMatchObject({
        ssl: true,
        sasl: { mechanism: 'scram-sha-512', username: 'parley', password: 'secret-pw-1234' },
      });
      const withoutUser = { ...sasl, KAFKA_SASL_USERNAME: '' };
      expect(() => loadConfig(withoutUser)).toThrow(/KAFKA_SASL_MECHANISM: .*all three or none/);
      expect(() => loadConfig(withoutUser)).not.toThrow(/secret-pw-1234/);
    });
  });

  describe('keys and limits', () => {
    it('reads API_KEYS entries as writer keys, or with the role after a colon', () => {
      const { apiKeys } = loadConfig({ API_KEYS: 'desk-key-123, ops-key-4567:admin' });
      expect(apiKeys).toEqual([
        { key: 'desk-key-123', role: 'writer' },
        { key: 'ops-key-4567', role: 'admin' },
      ]);
    });

    it('refuses an unknown role or a short key, naming API_KEYS but not the key', () => {
      expect(() => loadConfig({ API_KEYS: 'desk-key-123:owner' })).toThrow(/API_KEYS/);
      expect(() => loadConfig({ API_KEYS: 'short' })).toThrow(/8 characters/);
      expect(() => loadConfig({ API_KEYS: 'desk-key-123:owner' })).not.toThrow(/desk-key-123/);
    });

    it('keeps reads public and rate limits on unless told otherwise', () => {
      expect(loadConfig({})).toMatchObject({ readsPublic: true, rateLimit: { windowMs: 60_000, perIp: 1_200, perKey: 600 }, corsOrigins: [] });
      expect(loadConfig({ READS_PUBLIC: 'false', CORS_ORIGINS: 'https://a.example,https://b.example' })).toMatchObject({
        readsPublic: false,
        corsOrigins: ['https://a.example', 'https://b.example'],
      });
    });
  });
});
