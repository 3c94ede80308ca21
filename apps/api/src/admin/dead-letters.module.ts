import { Module } from '@nestjs/common';
import { DeadLetterLog } from '@parley/messaging';
import { ListDeadLettersHttpController } from './list-dead-letters/list-dead-letters.http.controller';

@Module({ controllers: [ListDeadLettersHttpController], providers: [DeadLetterLog] })
export class DeadLettersModule {}
