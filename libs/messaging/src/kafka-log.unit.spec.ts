import { logLevel } from 'kafkajs';
import { kafkaLogMethod } from './kafka-log';

/** What kafkajs's Connection logs when the broker answers a request with an error code. */
const response = (error: string) => ({
  namespace: 'Connection',
  level: logLevel.ERROR,
  log: { message: 'Response GroupCoordinator(key: 10, version: 2)', broker: '127.0.0.1:9092', clientId: 'parley-projector', error, correlationId: 1, size: 55 },
});

describe('the level a kafkajs log line is written at', () => {
  it.each([
    'The group coordinator is not available',
    "The coordinator is loading and hence can't process requests for this group",
    'This is not the correct coordinator for this group',
    'This server is not the leader for that topic-partition',
    'There is no leader for this topic-partition as we are in the middle of a leadership election',
    'This server does not host this topic-partition',
  ])('writes "%s", answered while a group forms or a new topic gets its leaders and retried, at debug level', (error) => {
    expect(kafkaLogMethod(response(error))).toBe('debug');
  });

  it('writes the producer\'s retried send of a page while the last one\'s commit markers are written at debug level, any other failed send at error level', () => {
    const concurrent = 'The producer attempted to update a transaction while another concurrent operation on the same transaction was ongoing';
    const failedSend = (error: string) => ({ namespace: 'Producer', level: logLevel.ERROR, log: { message: `Failed to send messages: ${error}`, retryCount: 0, retryTime: 250 } });
    expect(kafkaLogMethod(response(concurrent))).toBe('debug');
    expect(kafkaLogMethod(failedSend(concurrent))).toBe('debug');
    expect(kafkaLogMethod(failedSend('Connection error: read ECONNRESET'))).toBe('error');
  });

  it('keeps any other error answer at error level', () => {
    expect(kafkaLogMethod(response('Not authorized to access topics: [Topic authorization failed]'))).toBe('error');
  });

  it('keeps errors that carry no broker answer, such as a consumer crash, at error level', () => {
    const crash = { namespace: 'Consumer', level: logLevel.ERROR, log: { message: 'Crash: KafkaJSNumberOfRetriesExceeded: The group coordinator is not available' } };
    expect(kafkaLogMethod(crash)).toBe('error');
  });

  it('keeps warnings as warnings, but drops the one about bounded idempotent retries', () => {
    expect(kafkaLogMethod({ namespace: 'Producer', level: logLevel.WARN, log: { message: 'Connection to broker lost' } })).toBe('warn');
    const bounded = { namespace: 'Producer', level: logLevel.WARN, log: { message: 'Limiting retries for the idempotent producer to Number.MAX_SAFE_INTEGER' } };
    expect(kafkaLogMethod(bounded)).toBeNull();
  });

  it('writes informational lines at debug level', () => {
    expect(kafkaLogMethod({ namespace: 'Consumer', level: logLevel.INFO, log: { message: 'Starting' } })).toBe('debug');
  });
});
