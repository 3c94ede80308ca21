import { HttpException, HttpStatus, Injectable } from '@nestjs/common';
import { ParleyConfig } from '@parley/config';
import { ParleyMetrics } from '@parley/metrics';
import { FastifyRequest } from 'fastify';
import { presentedDigest, presentedKey } from '../../access/api-key.guard';

/** Feeds are long-lived: a client refused one should not try again at once. */
const RETRY_AFTER_S = 5;

/**
 * Counts the open live feeds, per client (its API key, or its address without one) and in all, so no
 * client, nor all of them together, can hold more than the process can serve. Counts live in this process.
 */
@Injectable()
export class LiveStreamLimits {
  private readonly perClient = new Map<string, number>();
  private total = 0;

  constructor(
    private readonly config: ParleyConfig,
    private readonly metrics: ParleyMetrics,
  ) {}

  /** Takes a place for a feed, or refuses: 429 past the client's share, 503 past the total. Returns its release. */
  open(request: FastifyRequest): () => void {
    const { perClient, total } = this.config.liveStreams;
    const key = presentedKey(request);
    const client = key ? `key:${presentedDigest(request)!.toString('hex')}` : `address:${request.ip}`;
    const held = this.perClient.get(client) ?? 0;
    if (held >= perClient) {
      this.metrics.liveFeedsRefused.inc({ limit: 'client' });
      throw new HttpException(
        { message: `${perClient} live feeds are open for this ${key ? 'key' : 'address'} already; close one or retry later`, retryAfter: RETRY_AFTER_S },
        HttpStatus.TOO_MANY_REQUESTS,
      );
    }
    if (this.total >= total) {
      this.metrics.liveFeedsRefused.inc({ limit: 'total' });
      throw new HttpException({ message: `this instance serves ${total} live feeds already; retry later`, retryAfter: RETRY_AFTER_S }, HttpStatus.SERVICE_UNAVAILABLE);
    }
    this.perClient.set(client, held + 1);
    this.total++;
    this.metrics.liveFeedsOpen.set(this.total);
    let released = false;
    return () => {
      if (released) return;
      released = true;
      this.total--;
      this.metrics.liveFeedsOpen.set(this.total);
      const left = (this.perClient.get(client) ?? 1) - 1;
      if (left > 0) this.perClient.set(client, left);
      else this.perClient.delete(client);
    };
  }
}
