import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { Client } from 'pg';
import request from 'supertest';
import { AppOptions } from '../../apps/api/src/app.module';
import { createApp } from '../../apps/api/src/create-app';
import { IsolatedResources, isolatedResources } from './isolated-resources';

export const WRITER_KEY = 'test-writer-key';
export const ADMIN_KEY = 'test-admin-key';

/** The whole service (HTTP API, relay, projector) on its own database and topic, for supertest. */
export interface ParleyUnderTest {
  readonly app: NestFastifyApplication;
  readonly resources: IsolatedResources;
  readonly db: Client;
  http(): request.Agent;
  /** POST with the writer's key. */
  post(path: string, body: unknown, headers?: Record<string, string>): request.Test;
  eventCount(): Promise<number>;
  stop(): Promise<void>;
}

export async function startParley(env: Record<string, string> = {}, options: AppOptions = {}): Promise<ParleyUnderTest> {
  const resources = await isolatedResources();
  const app = await createApp({ ...resources.env, ...env }, options);
  await app.init();
  await app.getHttpAdapter().getInstance().ready();
  const db = new Client({ connectionString: resources.databaseUrl });
  await db.connect();
  const http = () => request.agent(app.getHttpServer());
  return {
    app,
    resources,
    db,
    http,
    post: (path, body, headers = {}) =>
      http().post(path).set({ 'X-API-Key': WRITER_KEY, ...headers }).send(body as object),
    eventCount: async () => Number((await db.query('SELECT count(*) AS n FROM events')).rows[0].n),
    async stop() {
      await db.end();
      await app.close();
      await resources.remove();
    },
  };
}
