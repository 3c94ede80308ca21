import { Injectable, Type } from '@nestjs/common';
import { Reflector } from '@nestjs/core';

type Target = Type<unknown> | ((...args: never[]) => unknown);

/**
 * The guards' Reflector, its answers kept per route: a route's role, public flag and rate-limit
 * settings are decorators, fixed once the application is built, yet both guards read them again on
 * every request (the throttler twelve lookups, two targets each: about 2 % of the api's time under
 * ingest, bench/README.md point 27). Other questions go to Reflector as they are.
 */
@Injectable()
export class RouteMetadata extends Reflector {
  private readonly known = new WeakMap<Target, WeakMap<Target, Map<unknown, unknown>>>();

  override getAllAndOverride<T>(key: unknown, targets: Target[]): T {
    if (targets.length !== 2) return super.getAllAndOverride(key as string, targets);
    const [handler, controller] = targets;
    let byController = this.known.get(handler);
    if (!byController) this.known.set(handler, (byController = new WeakMap()));
    let byKey = byController.get(controller);
    if (!byKey) byController.set(controller, (byKey = new Map()));
    if (!byKey.has(key)) byKey.set(key, super.getAllAndOverride(key as string, targets));
    return byKey.get(key) as T;
  }
}
