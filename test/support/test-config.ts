/** Where the tests find the real services: the same variables as the service, with the same defaults. */
export const testConfig = () => {
  const base = new URL(process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/parley');
  return {
    databaseUrl: (database: string) => {
      const url = new URL(base.toString());
      url.pathname = `/${database}`;
      return url.toString();
    },
    kafkaBrokers: (process.env.KAFKA_BROKERS ?? '127.0.0.1:9092').split(','),
  };
};
