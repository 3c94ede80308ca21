import { createServer } from 'node:net';
import { parleyClient } from './parley-client';

/** A port that was free a moment ago and that nothing listens on now. */
const closedPort = () =>
  new Promise<number>((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });

describe('the command-line tools’ client', () => {
  it('given nothing listening at the URL, when it posts, then the error names the URL', async () => {
    const url = `http://127.0.0.1:${await closedPort()}`;
    await expect(parleyClient({ url }).post('/api/v1/developments', {})).rejects.toThrow(`cannot reach Parley at ${url}: fetch failed`);
  });
});
