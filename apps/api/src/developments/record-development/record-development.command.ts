import { DevelopmentReport } from '@parley/domain';
import { ReportClaim } from '../../write/record-identified';
import { WriteCommand } from '../../write/write-command';

/** The development as asked for: its actors not yet resolved, its id not yet known. */
export type DevelopmentRequest = Omit<DevelopmentReport, 'developmentId' | 'person' | 'source'> & ReportClaim;

export class RecordDevelopmentCommand extends WriteCommand<DevelopmentRequest> {}
