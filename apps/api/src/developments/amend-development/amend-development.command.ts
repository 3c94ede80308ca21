import { AmendDevelopment } from '@parley/domain';
import { WriteCommand } from '../../write/write-command';

/** A correction, a retraction or a source detached, of a development of any kind. */
export class AmendDevelopmentCommand extends WriteCommand<Pick<AmendDevelopment, 'type' | 'data'>> {}
