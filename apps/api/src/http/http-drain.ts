import { BeforeApplicationShutdown, Injectable, OnModuleInit } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import { FastifyInstance } from 'fastify';
import { setTimeout as sleep } from 'node:timers/promises';
import { replyWithProblem } from './problem-details.filter';
import { Problem, problemType } from './problem';

/** The server closes once no request has arrived for this long: whatever clients had sent is answered. */
const QUIET_MS = 300;
/** Under steady traffic it closes after this anyway; later requests get Fastify's own 503, or a reset. */
const MAX_DRAIN_MS = 5_000;

const STOPPING: Problem = {
  type: problemType('unavailable'),
  title: 'service unavailable',
  status: 503,
  detail: 'this instance is stopping; retry shortly',
  retryAfter: 1,
};

/**
 * Drains HTTP at shutdown, before Nest closes the server: from then on requests are refused with a 503
 * problem, those in flight finish, and every answer closes its connection. Closing at once would do
 * worse: Node destroys every connection idle at that moment, including those whose request it has
 * accepted but not yet read (many, under a burst), and the client sees a reset instead of an answer;
 * a keep-alive connection busy at that moment would stay open after its answer and hold the close up
 * until the client dropped it.
 */
@Injectable()
export class HttpDrain implements OnModuleInit, BeforeApplicationShutdown {
  private draining = false;
  private lastRequestAt = 0;

  constructor(private readonly adapterHost: HttpAdapterHost) {}

  onModuleInit(): void {
    const fastify = this.adapterHost.httpAdapter.getInstance<FastifyInstance>();
    fastify.addHook('onRequest', (_request, reply, done) => {
      this.lastRequestAt = Date.now();
      if (this.draining) replyWithProblem(reply, STOPPING);
      else done();
    });
    fastify.addHook('onSend', (_request, reply, payload, done) => {
      if (this.draining) void reply.header('Connection', 'close');
      done(null, payload);
    });
  }

  async beforeApplicationShutdown(): Promise<void> {
    this.draining = true;
    const started = Date.now();
    this.lastRequestAt = started;
    while (Date.now() - this.lastRequestAt < QUIET_MS && Date.now() - started < MAX_DRAIN_MS) await sleep(50);
  }
}
