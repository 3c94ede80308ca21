import { Module } from '@nestjs/common';
import { UseCaseModule } from '../write/use-case.module';
import { ListActorsHttpController } from './list-actors/list-actors.http.controller';
import { RegisterActorHandler } from './register-actor/register-actor.handler';
import { RegisterActorHttpController } from './register-actor/register-actor.http.controller';

@Module({
  imports: [UseCaseModule],
  controllers: [RegisterActorHttpController, ListActorsHttpController],
  providers: [RegisterActorHandler],
})
export class ActorsModule {}
