import Fastify from 'fastify';

/**
 * The HTTP ceiling: a bare Fastify endpoint that parses the same body and answers 201, with nothing
 * of Parley behind it. Whatever Parley's ingest falls short of this is Parley's own cost.
 */
const app = Fastify({ bodyLimit: 256 * 1024 });
let position = 0;
app.post('/api/v1/statements', async (request, reply) => {
  position += 1;
  const body = request.body as { actor?: string };
  reply.code(201);
  return { streamId: `statement-${body.actor}`, streamVersion: 1, position, eventIds: [] };
});
app.listen({ port: Number(process.env.PORT), host: '127.0.0.1' }).catch((error: unknown) => {
  process.stderr.write(`bare fastify failed: ${String(error)}\n`);
  process.exit(1);
});
