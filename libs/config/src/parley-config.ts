import { z } from 'zod';

const list = z
  .string()
  .transform((s) => s.split(',').map((x) => x.trim()).filter(Boolean));

const COMPONENTS = ['api', 'relay', 'projector'] as const;
export type Component = (typeof COMPONENTS)[number];

export const ROLES = ['writer', 'admin'] as const;
export type Role = (typeof ROLES)[number];

/** Production keys must be as strong as those `npm run keys` makes (256 random bits): 32 characters or more. */
export const PRODUCTION_KEY_LENGTH = 32;

/** An API_KEYS entry is `key` (a writer key) or `key:role`. */
const envKey = z.string().transform((entry, ctx) => {
  const [key, role = 'writer', ...rest] = entry.split(':');
  const parsed = z.enum(ROLES).safeParse(role);
  if (rest.length > 0 || !parsed.success || key.length < 8) {
    ctx.addIssue({ code: 'custom', message: 'each entry must be `key` or `key:role` (writer or admin), keys of 8 characters or more' });
    return z.NEVER;
  }
  return { key, role: parsed.data };
});

const SASL_MECHANISMS = ['plain', 'scram-sha-256', 'scram-sha-512'] as const;
export type SaslMechanism = (typeof SASL_MECHANISMS)[number];

const flag = z.enum(['true', 'false']).transform((s) => s === 'true');
const count = z.coerce.number().int().min(1);
/** 0 lets the system choose a free port: tests run several processes at once. */
const port = z.coerce.number().int().min(0).max(65_535);

/** Every variable Parley reads, with its default; docs/operations.md, "Configuration", documents the same list. */
const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: port.default(3000),
  // The standalone projector's /metrics and /health/live; 9464 is the usual port of a Prometheus exporter.
  METRICS_PORT: port.default(9464),
  DATABASE_URL: z.url({ protocol: /^postgres(ql)?$/ }).default('postgres://postgres@127.0.0.1:5432/parley'),
  DATABASE_POOL_SIZE: z.coerce.number().int().min(2).max(200).default(20),
  KAFKA_BROKERS: list.pipe(z.array(z.string().regex(/^[^:]+:\d+$/, 'host:port')).min(1)).default(['127.0.0.1:9092']),
  KAFKA_TOPIC: z.string().regex(/^[a-zA-Z0-9._-]{1,249}$/).default('parley.events'),
  KAFKA_PARTITIONS: z.coerce.number().int().min(1).max(1000).default(6),
  KAFKA_GROUP_ID: z.string().min(1).default('parley-projector'),
  KAFKA_CLIENT_ID: z.string().min(1).default('parley'),
  KAFKA_TRANSACTIONAL_ID: z.string().min(1).max(200).optional(),
  KAFKA_REPLICATION_FACTOR: count.max(32).default(1),
  KAFKA_MIN_INSYNC_REPLICAS: count.optional(),
  KAFKA_SSL: flag.default(false),
  KAFKA_SASL_MECHANISM: z.enum(SASL_MECHANISMS).optional(),
  KAFKA_SASL_USERNAME: z.string().optional(),
  KAFKA_SASL_PASSWORD: z.string().optional(),
  API_KEYS: list.pipe(z.array(envKey)).default([]),
  READS_PUBLIC: flag.default(true),
  RATE_LIMIT_WINDOW_MS: count.default(60_000),
  RATE_LIMIT_PER_IP: count.default(1_200),
  RATE_LIMIT_PER_KEY: count.default(600),
  CORS_ORIGINS: list.default([]),
  READY_MAX_LAG: z.coerce.number().int().min(0).default(10_000),
  LIVE_STREAMS_PER_CLIENT: count.default(100),
  LIVE_STREAMS_TOTAL: count.default(2_000),
  LIVE_STREAM_BUFFER_BYTES: z.coerce.number().int().min(1_024).default(256 * 1024),
  PARLEY_COMPONENTS: list.pipe(z.array(z.enum(COMPONENTS))).default([...COMPONENTS]),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  DASHBOARD_DIR: z.string().min(1).default('dist/dashboard'),
  METRICS_KEY: z.string().min(PRODUCTION_KEY_LENGTH, `must be ${PRODUCTION_KEY_LENGTH} characters or more`).optional(),
})
  .refine((e) => (e.KAFKA_MIN_INSYNC_REPLICAS ?? 1) <= e.KAFKA_REPLICATION_FACTOR, {
    path: ['KAFKA_MIN_INSYNC_REPLICAS'],
    message: 'must not exceed KAFKA_REPLICATION_FACTOR (no write could ever be acknowledged)',
  })
  .refine((e) => new Set([e.KAFKA_SASL_MECHANISM, e.KAFKA_SASL_USERNAME, e.KAFKA_SASL_PASSWORD].map((v) => v === undefined)).size === 1, {
    path: ['KAFKA_SASL_MECHANISM'],
    message: 'KAFKA_SASL_MECHANISM, KAFKA_SASL_USERNAME and KAFKA_SASL_PASSWORD go together: all three or none',
  })
  .refine((e) => e.NODE_ENV !== 'production' || !e.PARLEY_COMPONENTS.includes('api') || e.API_KEYS.length > 0, {
    path: ['API_KEYS'],
    message: 'is required in production when the api component runs (otherwise nobody could write)',
  })
  // Development and tests keep short, readable keys; a guessable key in production is refused, unnamed.
  .refine((e) => e.NODE_ENV !== 'production' || e.API_KEYS.every(({ key }) => key.length >= PRODUCTION_KEY_LENGTH), {
    path: ['API_KEYS'],
    message: `each key must be ${PRODUCTION_KEY_LENGTH} characters or more in production; make one with \`openssl rand -hex 32\``,
  });

export type ParleyEnv = z.output<typeof envSchema>;

/** The validated configuration, injected by class token. */
export class ParleyConfig {
  readonly nodeEnv: ParleyEnv['NODE_ENV'];
  readonly port: number;
  /** Where the standalone projector serves /metrics and /health/live; the API serves them on `port`. */
  readonly metricsPort: number;
  readonly database: { readonly url: string; readonly poolSize: number };
  readonly kafka: {
    readonly brokers: string[];
    readonly topic: string;
    readonly partitions: number;
    readonly groupId: string;
    readonly clientId: string;
    /**
     * The relay's Kafka transactional id: the same for every instance publishing to the topic, so a relay
     * that starts fences off one that is gone and settles the transaction it left open.
     */
    readonly transactionalId: string;
    /** For a topic Parley creates: copies of each partition, and how many must hold a write before it counts. */
    readonly replicationFactor: number;
    readonly minInsyncReplicas: number;
    /** TLS to the brokers, trusting the system's certificate authorities (and NODE_EXTRA_CA_CERTS). */
    readonly ssl: boolean;
    readonly sasl: { readonly mechanism: SaslMechanism; readonly username: string; readonly password: string } | null;
  };
  /** Keys from the environment; keys made with `npm run keys` live hashed in the database. */
  readonly apiKeys: { readonly key: string; readonly role: Role }[];
  readonly readsPublic: boolean;
  readonly rateLimit: { readonly windowMs: number; readonly perIp: number; readonly perKey: number };
  readonly corsOrigins: string[];
  /** Readiness fails when the read models trail the log by more events than this. */
  readonly readyMaxLag: number;
  /**
   * Open live feeds: per API key, or per address without one, and in all; and how many bytes a feed's
   * client may leave unread before it is dropped.
   */
  readonly liveStreams: { readonly perClient: number; readonly total: number; readonly bufferBytes: number };
  readonly components: ReadonlySet<Component>;
  readonly logLevel: ParleyEnv['LOG_LEVEL'];
  /** The built dashboard served at `/`, relative to the working directory unless absolute. */
  readonly dashboardDir: string;
  /** What a scrape of /metrics presents (`Authorization: Bearer …`) when reads are not public. */
  readonly metricsKey?: string;
}

export class ConfigurationError extends Error {
  override readonly name = 'ConfigurationError';
}

/** Reads the environment; a wrong or missing variable stops the service with a message naming it. */
export function loadConfig(env: Record<string, string | undefined>): ParleyConfig {
  const parsed = envSchema.safeParse(Object.fromEntries(Object.entries(env).filter(([, v]) => v !== '')));
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new ConfigurationError(`invalid configuration: ${problems}`);
  }
  const e = parsed.data;
  return Object.assign(new ParleyConfig(), {
    nodeEnv: e.NODE_ENV,
    port: e.PORT,
    metricsPort: e.METRICS_PORT,
    database: { url: e.DATABASE_URL, poolSize: e.DATABASE_POOL_SIZE },
    kafka: {
      brokers: e.KAFKA_BROKERS,
      topic: e.KAFKA_TOPIC,
      partitions: e.KAFKA_PARTITIONS,
      groupId: e.KAFKA_GROUP_ID,
      clientId: e.KAFKA_CLIENT_ID,
      transactionalId: e.KAFKA_TRANSACTIONAL_ID ?? `${e.KAFKA_CLIENT_ID}-relay-${e.KAFKA_TOPIC}`,
      replicationFactor: e.KAFKA_REPLICATION_FACTOR,
      // Two copies must hold a write wherever there are two: one broker lost then loses nothing acknowledged.
      minInsyncReplicas: e.KAFKA_MIN_INSYNC_REPLICAS ?? Math.min(2, e.KAFKA_REPLICATION_FACTOR),
      ssl: e.KAFKA_SSL,
      // The schema holds all three or none.
      sasl: e.KAFKA_SASL_MECHANISM ? { mechanism: e.KAFKA_SASL_MECHANISM, username: e.KAFKA_SASL_USERNAME!, password: e.KAFKA_SASL_PASSWORD! } : null,
    },
    apiKeys: e.API_KEYS,
    readsPublic: e.READS_PUBLIC,
    rateLimit: { windowMs: e.RATE_LIMIT_WINDOW_MS, perIp: e.RATE_LIMIT_PER_IP, perKey: e.RATE_LIMIT_PER_KEY },
    corsOrigins: e.CORS_ORIGINS,
    readyMaxLag: e.READY_MAX_LAG,
    liveStreams: { perClient: e.LIVE_STREAMS_PER_CLIENT, total: e.LIVE_STREAMS_TOTAL, bufferBytes: e.LIVE_STREAM_BUFFER_BYTES },
    components: new Set(e.PARLEY_COMPONENTS),
    logLevel: e.LOG_LEVEL,
    dashboardDir: e.DASHBOARD_DIR,
    metricsKey: e.METRICS_KEY,
  });
}
