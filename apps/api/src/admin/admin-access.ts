import { UseGuards, applyDecorators } from '@nestjs/common';
import { ApiSecurity } from '@nestjs/swagger';
import { ApiKeyGuard } from '../http/api-key.guard';

/** Operations on the service itself. Any valid key for now; an admin-only guard replaces this one line. */
export const AdminAccess = () => applyDecorators(ApiSecurity('api-key'), UseGuards(ApiKeyGuard));
