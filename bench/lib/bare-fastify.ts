import Fastify from 'fastify';
import { Pool } from 'pg';

/**
 * The HTTP ceilings, with nothing of Parley behind them: an endpoint that parses the same body as a
 * statement and answers 201, and, given DATABASE_URL, a GET that reads one read-model document by key
 * from the same database over a pool as large as the service's. Whatever Parley falls short of these
 * is Parley's own cost.
 */
const app = Fastify({ bodyLimit: 256 * 1024 });
let position = 0;
app.post('/api/v1/statements', async (request, reply) => {
  position += 1;
  const body = request.body as { actor?: string };
  reply.code(201);
  return { streamId: `statement-${body.actor}`, streamVersion: 1, position, eventIds: [] };
});
if (process.env.DATABASE_URL) {
  const pool = new Pool({ connectionString: process.env.DATABASE_URL, max: Number(process.env.DATABASE_POOL_SIZE ?? 20) });
  app.get('/api/v1/negotiations/:trackId', async (request, reply) => {
    const { rows } = await pool.query(
      `SELECT d.doc FROM read_model_documents d JOIN projections p ON p.name = d.projection AND p.generation = d.generation
       WHERE p.name = 'negotiation-status' AND d.id = $1`,
      [(request.params as { trackId: string }).trackId],
    );
    if (rows.length === 0) reply.code(404);
    return rows[0]?.doc ?? null;
  });
}
app.listen({ port: Number(process.env.PORT), host: '127.0.0.1' }).catch((error: unknown) => {
  process.stderr.write(`bare fastify failed: ${String(error)}\n`);
  process.exit(1);
});
