import { DynamicModule, Global, Module } from '@nestjs/common';
import { ConfigModule, ConfigService } from '@nestjs/config';
import { ParleyConfig, loadConfig } from './parley-config';

/** Validates the environment at start-up (through @nestjs/config) and provides it typed as ParleyConfig. */
@Global()
@Module({})
export class ParleyConfigModule {
  static forRoot(env: Record<string, string | undefined> = process.env): DynamicModule {
    return {
      module: ParleyConfigModule,
      imports: [ConfigModule.forRoot({ ignoreEnvFile: true, load: [() => ({ parley: loadConfig(env) })] })],
      providers: [
        { provide: ParleyConfig, inject: [ConfigService], useFactory: (c: ConfigService) => c.getOrThrow('parley') },
      ],
      exports: [ParleyConfig],
    };
  }
}
