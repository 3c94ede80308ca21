import { Logger } from '@nestjs/common';
import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { ParleyConfig } from '@parley/config';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

/**
 * Serves the built dashboard at `/`. One route per built file (no wildcard), so an unknown path still
 * gets the API's problem+json 404. Without a build (npm run dashboard:build) the API runs alone.
 */
export function serveDashboard(app: NestFastifyApplication, config: ParleyConfig): void {
  const root = resolve(config.dashboardDir);
  if (!existsSync(join(root, 'index.html'))) {
    new Logger('Dashboard').warn(`no dashboard at ${config.dashboardDir} (run npm run dashboard:build); serving the API alone`);
    return;
  }
  app.useStaticAssets({ root, prefix: '/', wildcard: false });
}
