import { Injectable } from '@nestjs/common';
import { PgDocumentReader } from '@parley/read-model-store';
import { DocumentReader } from '@parley/read-models';
import { Clocks } from './clocks';
import { HistoricalDocuments } from './historical-documents';

/** Where a query reads: the live read models, or, given either clock, the read models as they were then. */
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
