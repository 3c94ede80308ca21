import { Module } from '@nestjs/common';
import { UseCaseModule } from '../write/use-case.module';
import { ChangeBackingHandler } from './change-backing/change-backing.handler';
import { ChangeBackingHttpController } from './change-backing/change-backing.http.controller';
import { ListActorsHttpController } from './list-actors/list-actors.http.controller';
import { RegisterActorHandler } from './register-actor/register-actor.handler';
import { RegisterActorHttpController } from './register-actor/register-actor.http.controller';

@Module({
  imports: [UseCaseModule],
  controllers: [RegisterActorHttpController, ChangeBackingHttpController, ListActorsHttpController],
  providers: [RegisterActorHandler, ChangeBackingHandler],
})
export class ActorsModule {}
