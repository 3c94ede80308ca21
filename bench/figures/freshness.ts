import { statementBody } from '../lib/bodies';
import { load } from '../lib/load';
import { Figure } from '../lib/report';
import { BenchStack, WRITER_KEY } from '../lib/stack';

const POLL_MS = 5;

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];

/**
 * Time from a command's 201 to the moment a read-your-writes query would see it (applied_through at
 * or past its position), for commands sent at a steady `rate` per second (500 and 2,000 in the run).
 * applied_through is polled every 5 ms. The rate is what is sent: the note says how many were answered.
 */
export async function measureFreshness(stack: BenchStack, seconds: number, rate: number): Promise<{ p50: Figure; p99: Figure }> {
  await stack.settle();
  // How far the relay had got is polled too: the note splits freshness into the relay's share and the rest.
  const seen: { applied: number; at: number }[] = [{ applied: await stack.appliedThrough(), at: performance.now() }];
  const published: { applied: number; at: number }[] = [{ applied: await stack.publishedThrough(), at: performance.now() }];
  let polling = true;
  const poller = (async () => {
    while (polling) {
      const [applied, relayed] = await Promise.all([stack.appliedThrough(), stack.publishedThrough()]);
      if (applied > seen[seen.length - 1].applied) seen.push({ applied, at: performance.now() });
      if (relayed > published[published.length - 1].applied) published.push({ applied: relayed, at: performance.now() });
      await new Promise((r) => setTimeout(r, POLL_MS));
    }
  })();
  const writes: { position: number; at: number }[] = [];
  await load({
    url: `${stack.url}/api/v1/statements`,
    method: 'POST',
    seconds,
    rate,
    body: statementBody,
    headers: { 'x-api-key': WRITER_KEY },
    onResponse: (status, body) => {
      if (status === 201) writes.push({ position: JSON.parse(body).position, at: performance.now() });
    },
  });
  const last = Math.max(...writes.map((w) => w.position));
  // The relay records a page after Kafka acknowledged it, which may be after the projector applied it.
  while (seen[seen.length - 1].applied < last || published[published.length - 1].applied < last) await new Promise((r) => setTimeout(r, 20));
  polling = false;
  await poller;
  const lagsTo = (reached: { applied: number; at: number }[]) =>
    writes.map((w) => Math.max(0, reached.find((s) => s.applied >= w.position)!.at - w.at)).sort((a, b) => a - b);
  const lags = lagsTo(seen);
  const relayLags = lagsTo(published);
  const ms = (x: number) => Math.round(x);
  const note = `${writes.length} commands at ${rate}/s; published by the relay p50 ${ms(percentile(relayLags, 50))} ms, p99 ${ms(percentile(relayLags, 99))} ms`;
  return {
    p50: { value: ms(percentile(lags, 50)), unit: 'ms', note },
    p99: { value: ms(percentile(lags, 99)), unit: 'ms', note },
  };
}
