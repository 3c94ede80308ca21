import { Backing } from '@parley/domain';
import { WriteCommand } from '../../write/write-command';

export class ChangeBackingCommand extends WriteCommand<Backing> {}
