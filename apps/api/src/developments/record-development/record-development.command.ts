import { DevelopmentReport } from '@parley/domain';
import { WriteCommand } from '../../write/write-command';

/** The development as asked for: its actors not yet resolved, its id not yet derived. */
export type DevelopmentRequest = Omit<DevelopmentReport, 'developmentId' | 'person' | 'source'>;

export class RecordDevelopmentCommand extends WriteCommand<DevelopmentRequest> {}
