import { Module } from '@nestjs/common';
import { ApiKeyStore } from './api-key-store';

@Module({ providers: [ApiKeyStore], exports: [ApiKeyStore] })
export class ApiKeysModule {}
