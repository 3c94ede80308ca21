import { RecordStatement } from '@parley/domain';
import { WriteCommand } from '../../write/write-command';

export class RecordStatementCommand extends WriteCommand<RecordStatement['data']> {}
