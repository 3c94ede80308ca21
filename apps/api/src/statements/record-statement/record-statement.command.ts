import { RecordStatement } from '@parley/domain';
import { WriteCommand } from '../../write/write-command';

/** The statement as asked for: its actors not yet resolved, its id not yet derived. */
export type StatementRequest = Omit<RecordStatement['data'], 'developmentId' | 'person' | 'source'>;

export class RecordStatementCommand extends WriteCommand<StatementRequest> {}
