import { ConcludeTalks } from '@parley/domain';
import { WriteCommand } from '../../write/write-command';

export class ConcludeTalksCommand extends WriteCommand<ConcludeTalks['data']> {}
