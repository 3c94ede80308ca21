import { Module } from '@nestjs/common';
import { APP_INTERCEPTOR } from '@nestjs/core';
import { CsvExportInterceptor } from './csv-export.interceptor';

/** CSV answers for every list, chosen per request; see docs/export.md. */
@Module({ providers: [{ provide: APP_INTERCEPTOR, useClass: CsvExportInterceptor }] })
export class ExportModule {}
