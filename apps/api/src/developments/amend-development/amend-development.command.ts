import { AmendDevelopment } from '@parley/domain';
import { WriteCommand } from '../../write/write-command';

/** A correction or retraction, of a development of any kind. */
export class AmendDevelopmentCommand extends WriteCommand<Pick<AmendDevelopment, 'type' | 'data'>> {}
