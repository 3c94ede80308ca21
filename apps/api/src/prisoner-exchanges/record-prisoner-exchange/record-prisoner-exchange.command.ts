import { RecordPrisonerExchange } from '@parley/domain';
import { WriteCommand } from '../../write/write-command';

export class RecordPrisonerExchangeCommand extends WriteCommand<RecordPrisonerExchange['data']> {}
