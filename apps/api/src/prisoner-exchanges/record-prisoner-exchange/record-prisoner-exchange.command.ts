import { RecordPrisonerExchange } from '@parley/domain';
import { ReportClaim } from '../../write/record-identified';
import { WriteCommand } from '../../write/write-command';

/** The exchange as asked for: its id not yet known. */
export type ExchangeRequest = Omit<RecordPrisonerExchange['data'], 'source' | 'identityStream' | 'corroborates' | 'distinct'> & ReportClaim;

export class RecordPrisonerExchangeCommand extends WriteCommand<ExchangeRequest> {}
