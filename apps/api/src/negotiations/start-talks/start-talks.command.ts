import { StartTalks } from '@parley/domain';
import { WriteCommand } from '../../write/write-command';

export class StartTalksCommand extends WriteCommand<StartTalks['data']> {}
