import { SetMetadata, applyDecorators } from '@nestjs/common';
import { ApiSecurity } from '@nestjs/swagger';
import { Role } from '@parley/config';

export const REQUIRED_ROLE = 'parley:required-role';
export const PUBLIC = 'parley:public';

/**
 * The route needs an X-API-Key whose role grants `role` (an admin key grants every role). Its answers,
 * 401 and 403 among them, are documented by @ApiWrite() or @ApiProblems() beside it: an explicit response
 * here would hide the success answer Swagger infers for an endpoint that documents none.
 */
export const Requires = (role: Role) => applyDecorators(SetMetadata(REQUIRED_ROLE, role), ApiSecurity('api-key'));

/** Open to anyone even when READS_PUBLIC=false: health probes. */
export const Public = () => SetMetadata(PUBLIC, true);
