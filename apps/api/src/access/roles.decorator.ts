import { SetMetadata, applyDecorators } from '@nestjs/common';
import { ApiSecurity } from '@nestjs/swagger';
import { Role } from '@parley/config';
import { ApiProblem } from '../http/responses';

export const REQUIRED_ROLE = 'parley:required-role';
export const PUBLIC = 'parley:public';

/** The route needs an X-API-Key whose role grants `role` (an admin key grants every role). */
export const Requires = (role: Role) =>
  applyDecorators(
    SetMetadata(REQUIRED_ROLE, role),
    ApiSecurity('api-key'),
    ApiProblem(401, 'no X-API-Key, or one Parley does not know'),
    ApiProblem(403, `the key's role does not allow this (needs ${role})`),
  );

/** Open to anyone even when READS_PUBLIC=false: health probes. */
export const Public = () => SetMetadata(PUBLIC, true);
