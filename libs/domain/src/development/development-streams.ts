import { ParleyEvent } from '../events';
import { exchangeDecider, exchangeStreamId } from '../prisoner-exchange/prisoner-exchange';
import { trackDecider, trackStreamId } from '../negotiation-track/track.decide';
import { Decider } from '../shared/decider';
import { statementDecider, statementStreamId } from '../statement/statement';
import { developmentDecider, developmentStreamId } from './development';
import { AmendDevelopment } from './development-lifecycle';

type Amending = Decider<AmendDevelopment, ParleyEvent, unknown>;

/** Each kind of stream that records developments, by its stream ids' category, with its decider: every one of them amends. */
const AMENDING: readonly (readonly [category: string, decider: Amending])[] = [
  [developmentStreamId(''), developmentDecider],
  [statementStreamId(''), statementDecider],
  [exchangeStreamId(''), exchangeDecider],
  [trackStreamId(''), trackDecider],
];

/** The decider that amends a development recorded on the given stream; null on a stream that records none (an actor's). */
export const amendingDecider = (streamId: string): Amending | null =>
  AMENDING.find(([category]) => streamId.startsWith(category))?.[1] ?? null;
