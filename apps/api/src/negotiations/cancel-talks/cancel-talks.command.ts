import { CancelTalks } from '@parley/domain';
import { WriteCommand } from '../../write/write-command';

export class CancelTalksCommand extends WriteCommand<CancelTalks['data']> {}
