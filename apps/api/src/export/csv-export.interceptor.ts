import { CallHandler, ExecutionContext, Injectable, NestInterceptor, StreamableFile } from '@nestjs/common';
import { FastifyReply, FastifyRequest } from 'fastify';
import { Readable } from 'node:stream';
import { Observable, map } from 'rxjs';
import { CSV_CONTENT_TYPE, takeCsvChoice } from './csv-format';
import { csvStream } from './csv-stream';
import { AnyListExport } from './list-export';
import { listExportAt } from './list-exports';

/** The request's own URL, asking for the next page: a relative reference, as Link allows. */
function nextPageUrl(url: string, param: string, value: string | number): string {
  const next = new URL(url, 'http://parley.invalid');
  next.searchParams.set(param, String(value));
  return `${next.pathname}${next.search}`;
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
    if (!list || !takeCsvChoice(request)) return next.handle();
    const reply = context.switchToHttp().getResponse<FastifyReply>();
    return next.handle().pipe(map((body) => this.answer(list, body, request, reply)));
  }

  private answer(list: AnyListExport, body: unknown, request: FastifyRequest, reply: FastifyReply): StreamableFile {
    const streamed = body instanceof Readable;
    const next = streamed || !list.next ? null : list.next.of(body);
    if (list.next && next !== null) void reply.header('Link', `<${nextPageUrl(request.url, list.next.param, next)}>; rel="next"`);
    return new StreamableFile(csvStream(list.table, streamed ? body : list.rows(body)), {
      type: CSV_CONTENT_TYPE,
      disposition: `attachment; filename="${list.name}.csv"`,
    });
  }
}
