import { loadConfig } from '@parley/config';
import { kafkaConnection } from './kafka';

describe('the connection to the brokers', () => {
  it('is plain to the listed brokers unless told otherwise', () => {
    expect(kafkaConnection(loadConfig({ KAFKA_BROKERS: 'b1:9092,b2:9092' }))).toEqual({ brokers: ['b1:9092', 'b2:9092'], ssl: false });
  });

  it('carries TLS and the SASL credentials to every client', () => {
    const config = loadConfig({ KAFKA_SSL: 'true', KAFKA_SASL_MECHANISM: 'plain', KAFKA_SASL_USERNAME: 'parley', KAFKA_SASL_PASSWORD: 'pw-from-vault' });
    expect(kafkaConnection(config)).toEqual({
      brokers: ['127.0.0.1:9092'],
      ssl: true,
      sasl: { mechanism: 'plain', username: 'parley', password: 'pw-from-vault' },
    });
  });
});
