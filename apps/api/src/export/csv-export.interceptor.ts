import { CallHandler, ExecutionContext, Injectable, NestInterceptor, StreamableFile } from '@nestjs/common';
import { FastifyReply, FastifyRequest } from 'fastify';
import { Readable } from 'node:stream';
import { Observable, map } from 'rxjs';
import { CSV_CONTENT_TYPE, takeCsvChoice } from './csv-format';
import { csvStream } from './csv-stream';
import { AnyListExport, CURSOR } from './list-export';
import { listExportAt } from './list-exports';

/** The request's own URL, asking for the page after this one: a relative reference, as Link allows. */
function nextPageUrl(url: string, cursor: string): string {
  const next = new URL(url, 'http://parley.invalid');
  next.searchParams.set(CURSOR.param, cursor);
  return `${next.pathname}${next.search}`;
}

const cursorAfter = (body: unknown): string | null => {
  const cursor = (body as Record<string, unknown> | null)?.[CURSOR.field];
  return typeof cursor === 'string' ? cursor : null;
};

/** Caches keep the JSON and the CSV answer of one URL apart. */
function varyByAccept(reply: FastifyReply): void {
  const vary = reply.getHeader('vary');
  void reply.header('Vary', vary ? `${String(vary)}, Accept` : 'Accept');
}

/**
 * Every list answers CSV when asked (`Accept: text/csv` or `format=csv`): its JSON answer's rows, written
 * through the list's columns; a page says where the next one is in a Link header. A list that streams
 * (the event log) returns its rows as a stream when asked for CSV, and they are written as they come.
 */
@Injectable()
export class CsvExportInterceptor implements NestInterceptor {
  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (context.getType() !== 'http') return next.handle();
    const request = context.switchToHttp().getRequest<FastifyRequest>();
    const list = request.method === 'GET' ? listExportAt(request.routeOptions?.url) : undefined;
    if (!list) return next.handle();
    const reply = context.switchToHttp().getResponse<FastifyReply>();
    varyByAccept(reply);
    if (!takeCsvChoice(request)) return next.handle();
    return next.handle().pipe(map((body) => this.answer(list, body, request, reply)));
  }

  private answer(list: AnyListExport, body: unknown, request: FastifyRequest, reply: FastifyReply): StreamableFile {
    const streamed = body instanceof Readable;
    const cursor = streamed ? null : cursorAfter(body);
    if (cursor !== null) void reply.header('Link', `<${nextPageUrl(request.url, cursor)}>; rel="next"`);
    return new StreamableFile(csvStream(list.table, streamed ? body : list.rows(body)), {
      type: CSV_CONTENT_TYPE,
      disposition: `attachment; filename="${list.name}.csv"`,
    });
  }
}
