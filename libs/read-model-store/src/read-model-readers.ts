import { Injectable } from '@nestjs/common';
import { DocumentReader } from '@parley/read-models';
import { Clocks } from './as-of/clocks';
import { HistoricalDocuments } from './as-of/historical-documents';
import { PgDocumentReader } from './pg-document-reader';

/** Where a query reads: the live read models (the blue generation), or, given either clock, the read models as they were then. */
@Injectable()
export class ReadModelReaders {
  constructor(
    private readonly live: PgDocumentReader,
    private readonly history: HistoricalDocuments,
  ) {}

  at(clocks: Clocks): Promise<DocumentReader> {
    return clocks.asOf || clocks.knownAt ? this.history.at(clocks) : Promise.resolve(this.live);
  }
}
