import { PostponeTalks } from '@parley/domain';
import { WriteCommand } from '../../write/write-command';

export class PostponeTalksCommand extends WriteCommand<PostponeTalks['data']> {}
