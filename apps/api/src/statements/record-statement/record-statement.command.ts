import { RecordStatement } from '@parley/domain';
import { ReportClaim } from '../../write/record-identified';
import { WriteCommand } from '../../write/write-command';

/** The statement as asked for: its actors not yet resolved, its id not yet known. */
export type StatementRequest = Omit<RecordStatement['data'], 'person' | 'source' | 'identityStream' | 'corroborates' | 'distinct'> &
  ReportClaim;

export class RecordStatementCommand extends WriteCommand<StatementRequest> {}
