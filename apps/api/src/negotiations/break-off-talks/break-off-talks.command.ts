import { BreakOffTalks } from '@parley/domain';
import { WriteCommand } from '../../write/write-command';

export class BreakOffTalksCommand extends WriteCommand<BreakOffTalks['data']> {}
