import pino from 'pino';
import pretty from 'pino-pretty';
import { Writable } from 'node:stream';
import { PRETTY_LINES } from './pretty-logs';

/** What a terminal shows for each entry, colours left out. */
function linesFor(write: (logger: pino.Logger) => void): string[] {
  const lines: string[] = [];
  const terminal = new Writable({
    write(chunk, _encoding, done) {
      lines.push(...String(chunk).split('\n').filter(Boolean));
      done();
    },
  });
  write(pino(pretty({ ...PRETTY_LINES, colorize: false, sync: true, destination: terminal })));
  return lines;
}

describe('log lines on a terminal', () => {
  it('show a request as method, path, status and time, with its correlation id after', () => {
    const [line] = linesFor((logger) =>
      logger.info({ req: { id: 'r1', method: 'GET', url: '/api/v1/statements', headers: {} }, res: { statusCode: 200 }, responseTime: 12, correlationId: 'c1' }, 'request completed'),
    );
    expect(line).toMatch(/^\[\d\d:\d\d:\d\d\.\d{3}\] INFO: request completed GET \/api\/v1\/statements 200 12ms \{"correlationId":"c1"\}$/);
  });

  it("show a service's line with its context first, and its level", () => {
    const [line] = linesFor((logger) => logger.error({ context: 'kafkajs' }, 'Consumer: Crash'));
    expect(line).toMatch(/ ERROR: \[kafkajs\] Consumer: Crash$/);
  });
});
