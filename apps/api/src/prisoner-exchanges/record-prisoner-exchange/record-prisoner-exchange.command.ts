import { RecordPrisonerExchange } from '@parley/domain';
import { WriteCommand } from '../../write/write-command';

/** The exchange as asked for: its id not yet derived from its sides and day. */
export type ExchangeRequest = Omit<RecordPrisonerExchange['data'], 'developmentId' | 'source'>;

export class RecordPrisonerExchangeCommand extends WriteCommand<ExchangeRequest> {}
