import { DevelopmentReport } from '@parley/domain';
import { ReportClaim } from '../../write/record-identified';
import { WriteCommand } from '../../write/write-command';

/** The development as asked for: its actors not yet resolved (`actor` is their first), its id not yet known. */
export type DevelopmentRequest = Omit<DevelopmentReport, 'developmentId' | 'actor' | 'person' | 'source'> &
  ReportClaim & {
    /** When the request named its one actor by the shorthand: the field an unknown code is named by. */
    readonly actor?: string;
  };

export class RecordDevelopmentCommand extends WriteCommand<DevelopmentRequest> {}
