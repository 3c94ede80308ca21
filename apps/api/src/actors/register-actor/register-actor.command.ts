import { RegisterActor } from '@parley/domain';
import { WriteCommand } from '../../write/write-command';

export class RegisterActorCommand extends WriteCommand<RegisterActor['data']> {}
