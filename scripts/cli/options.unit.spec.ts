import { cliOptions } from './options';

describe('the command-line options', () => {
  const usage = 'tool FILE';
  const saved = { key: process.env.PARLEY_API_KEY, url: process.env.PARLEY_URL };
  afterEach(() => {
    if (saved.key === undefined) delete process.env.PARLEY_API_KEY;
    else process.env.PARLEY_API_KEY = saved.key;
    if (saved.url === undefined) delete process.env.PARLEY_URL;
    else process.env.PARLEY_URL = saved.url;
  });

  it('given only a file, when read, then Parley is on 127.0.0.1:3000 and the key is PARLEY_API_KEY', () => {
    delete process.env.PARLEY_URL;
    process.env.PARLEY_API_KEY = 'from-env';
    expect(cliOptions(['file.json'], usage)).toEqual({ url: 'http://127.0.0.1:3000', key: 'from-env', file: 'file.json', own: {} });
  });

  it('given --url and --key, when read, then they win over the defaults and the environment', () => {
    process.env.PARLEY_API_KEY = 'from-env';
    process.env.PARLEY_URL = 'http://127.0.0.1:4123';
    const options = cliOptions(['--url', 'http://parley.test:8080', '--key', 'given', 'file.json'], usage);
    expect(options).toMatchObject({ url: 'http://parley.test:8080', key: 'given' });
  });

  it('given PARLEY_URL and no --url, when read, then Parley is there', () => {
    process.env.PARLEY_URL = 'http://127.0.0.1:4123';
    expect(cliOptions(['file.json'], usage).url).toBe('http://127.0.0.1:4123');
  });

  it('given no key anywhere, when read, then there is none: reads need none', () => {
    delete process.env.PARLEY_API_KEY;
    expect(cliOptions(['file.json'], usage).key).toBeUndefined();
  });

  it("given a tool's own option, when read, then it is returned apart from the client's", () => {
    const options = cliOptions(['export.CSV', '--actors', 'RUS,UKR'], usage, { actors: { type: 'string' } });
    expect(options).toMatchObject({ file: 'export.CSV', own: { actors: 'RUS,UKR' } });
  });

  it('given no file, when read, then it fails with the usage', () => {
    expect(() => cliOptions(['--url', 'http://127.0.0.1:3000'], usage)).toThrow('usage: tool FILE');
  });

  it('given an option it does not know, when read, then it fails naming it', () => {
    expect(() => cliOptions(['--ulr', 'http://127.0.0.1:3000', 'file.json'], usage)).toThrow(/--ulr/);
  });
});
