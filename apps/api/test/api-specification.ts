import { Global, Module } from '@nestjs/common';
import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { Test } from '@nestjs/testing';
import { ApiKeyStore } from '@parley/api-keys';
import { DatabaseModule } from '@parley/database';
import { ParleyEvent, RecordedEvent } from '@parley/domain';
import { EventStore, InMemoryEventStore } from '@parley/event-store';
import { RebuildOutdatedModule } from '@parley/replay';
import request, { Response } from 'supertest';
import { DataSource } from 'typeorm';
import { AppModule } from '../src/app.module';
import { APP_OPTIONS, configureApp, fastifyAdapter } from '../src/create-app';
import { WriteAnswer } from '../src/write/write-service';

/**
 * Given these events, when this request, then this answer and these new events: Emmett's
 * ApiSpecification for Parley. The app is the service's own (AppModule, configureApp: the same guards,
 * pipes, filters and headers) with its event store in memory and no PostgreSQL or Kafka behind it, so a
 * specification runs in milliseconds. Reads of the read models need the projector and PostgreSQL: the
 * end-to-end tests hold those.
 */
export const WRITER_KEY = 'spec-writer-key';
export const ADMIN_KEY = 'spec-admin-key';
export const writer = { 'X-API-Key': WRITER_KEY };

/** The database where there is none: anything that reaches for it is a specification that should be end to end. */
const noDatabase = new Proxy({} as DataSource, {
  // Nest looks for lifecycle hooks (onModuleInit) and promises look for `then`: the stand-in has none.
  get: (_, property) =>
    typeof property === 'string' && /^(then|on[A-Z]|before[A-Z])/.test(property)
      ? undefined
      : () => {
          throw new Error(`an API specification has no database (DataSource.${String(property)}): test this end to end`);
        },
});

@Global()
@Module({ providers: [{ provide: DataSource, useValue: noDatabase }], exports: [DataSource] })
class NoDatabaseModule {}

/** With no read models stored, none is outdated: nothing to rebuild at start. */
@Module({})
class NothingToRebuildModule {}

/** Keys come from API_KEYS alone. */
const noStoredKeys: Pick<ApiKeyStore, 'holderOf' | 'countActive'> = { holderOf: async () => null, countActive: async () => 0 };

async function specificationApp(store: EventStore, env: Record<string, string>): Promise<NestFastifyApplication> {
  const moduleRef = await Test.createTestingModule({
    imports: [
      AppModule.forRoot({
        PARLEY_COMPONENTS: 'api',
        API_KEYS: `${WRITER_KEY},${ADMIN_KEY}:admin`,
        RATE_LIMIT_PER_IP: '1000000',
        RATE_LIMIT_PER_KEY: '1000000',
        LOG_LEVEL: 'silent',
        NODE_ENV: 'test',
        ...env,
      }),
    ],
  })
    .overrideModule(DatabaseModule)
    .useModule(NoDatabaseModule)
    .overrideModule(RebuildOutdatedModule)
    .useModule(NothingToRebuildModule)
    .overrideProvider(EventStore)
    .useValue(store)
    .overrideProvider(ApiKeyStore)
    .useValue(noStoredKeys)
    .compile();
  const app = await configureApp(moduleRef.createNestApplication<NestFastifyApplication>(fastifyAdapter(), APP_OPTIONS), { docs: false });
  await app.init();
  await app.getHttpAdapter().getInstance().ready();
  return app;
}

/** What a specification may send: any request, and a POST with the writer's key. */
export interface Api {
  http(): request.Agent;
  post(path: string, body: unknown, headers?: Record<string, string>): request.Test;
}

/** A fact the specification starts from: events on a stream, or a write the API took (its answer handed to `when`). */
export type Given = (store: EventStore, api: Api) => Promise<unknown>;

export const events =
  (streamId: string, ...appended: ParleyEvent[]): Given =>
  async (store) =>
    store.append(streamId, (await store.readStream(streamId)).length, appended, { metadata: {} });

export const posted =
  (path: string, body: unknown): Given =>
  async (_, api) => {
    const res = await api.post(path, body);
    if (res.status !== 201) throw new Error(`given POST ${path} answered ${res.status}: ${JSON.stringify(res.body)}`);
    return res.body;
  };

export type Then = (response: Response, newEvents: RecordedEvent[]) => void;

/** The status and, when given, what the body holds (toMatchObject). */
export const expectResponse =
  (status: number, body?: object): Then =>
  (res) => {
    expect({ status: res.status, body: res.body }).toMatchObject({ status, ...(body ? { body } : {}) });
  };

/** A problem+json answer with this status and, when given, exactly these errors. */
export const expectProblem =
  (status: number, errors?: unknown[]): Then =>
  (res) => {
    expect({ status: res.status, type: res.headers['content-type'] }).toEqual({ status, type: expect.stringMatching(/^application\/problem\+json/) });
    if (errors) expect(res.body.errors).toEqual(errors);
  };

/** The types of the events the request stored, in order: none for a refusal. */
export const expectNewEvents =
  (...types: ParleyEvent['type'][]): Then =>
  (_, newEvents) => {
    expect(newEvents.map((e) => e.type)).toEqual(types);
  };

export const expectNoNewEvents = (): Then => expectNewEvents();

/** Builds one app for the file (before all its specifications) and answers `given(...).when(...).then(...)`. */
export function apiSpecification(env: Record<string, string> = {}) {
  const store = new InMemoryEventStore();
  let app: NestFastifyApplication;
  beforeAll(async () => {
    app = await specificationApp(store, env);
  });
  afterAll(() => app?.close());
  const api: Api = {
    http: () => request.agent(app.getHttpServer()),
    post: (path, body, headers = {}) => api.http().post(path).set({ ...writer, ...headers }).send(body as object),
  };
  return (...given: Given[]) => ({
    when: (send: (api: Api, givenAnswers: WriteAnswer[]) => PromiseLike<Response>) => ({
      then: async (...thens: Then[]) => {
        store.clear();
        const answers: WriteAnswer[] = [];
        for (const fact of given) answers.push((await fact(store, api)) as WriteAnswer);
        const head = await store.headPosition();
        const response = await send(api, answers);
        const newEvents = await store.readAll({ after: head, limit: 10_000 });
        for (const then of thens) then(response, newEvents);
      },
    }),
  });
}
