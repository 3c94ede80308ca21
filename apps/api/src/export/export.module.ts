import { Module } from '@nestjs/common';
import { CsvExportInterceptor } from './csv-export.interceptor';

/**
 * CSV answers for every list, chosen per request; see docs/export.md. The interceptor sits on the lists'
 * handlers (before their ReadYourWritesInterceptor, in the order it had as a global one), not on every
 * route: an interceptor costs a request Nest's rxjs pipeline and an async-context binding, and a write,
 * a status or a health probe never answers CSV.
 */
@Module({ providers: [CsvExportInterceptor], exports: [CsvExportInterceptor] })
export class ExportModule {}
