import { ScheduleTalks } from '@parley/domain';
import { WriteCommand } from '../../write/write-command';

export class ScheduleTalksCommand extends WriteCommand<ScheduleTalks['data']> {}
