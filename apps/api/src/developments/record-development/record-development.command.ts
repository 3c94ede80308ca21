import { DevelopmentReport } from '@parley/domain';
import { WriteCommand } from '../../write/write-command';

/** The development as asked for: its actors not yet resolved (`actor` is their first), its id not yet derived. */
export type DevelopmentRequest = Omit<DevelopmentReport, 'developmentId' | 'actor' | 'person' | 'source'> & {
  /** When the request named its one actor by the shorthand: the field an unknown code is named by. */
  readonly actor?: string;
};

export class RecordDevelopmentCommand extends WriteCommand<DevelopmentRequest> {}
