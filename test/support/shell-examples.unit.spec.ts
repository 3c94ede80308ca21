import { factsShown, shellExamples } from './shell-examples';

describe("a page's shell examples", () => {
  const page = [
    '# Title',
    '',
    '<!-- not run: starts the project -->',
    '```sh',
    'npm start',
    '```',
    '',
    '```sh',
    '# Describes the next command, shows nothing',
    "curl -s -X POST http://127.0.0.1:3000/api/v1/statements \\",
    "  -d '{\"quote\": \"fire\"",
    "       }'",
    '# {"id":"…","position":5}',
    '',
    'd() { curl -s "$1"; echo; }   # a trailing comment (with a quote\')',
    'ID=$(d \'{"a": 1,',
    '  "b": 2}\' | node -pe \'JSON.parse(require("fs").readFileSync(0)).id\')',
    '```',
  ].join('\n');

  it('given blocks, when read, then each command is one example with the answer shown right under it, and a not-run block is left out', () => {
    const examples = shellExamples('page.md', page);
    expect(examples.map(({ line, shown }) => ({ line, shown }))).toEqual([
      { line: 10, shown: '{"id":"…","position":5}' },
      { line: 15, shown: '' },
      { line: 16, shown: '' },
    ]);
    expect(examples[0].command.split('\n')).toHaveLength(3);
  });

  it('given a command left open, when read, then it fails naming its line', () => {
    expect(() => shellExamples('page.md', "```sh\ncurl -d '{\n```\n")).toThrow('page.md:2');
  });

  it('given an answer shown, when its facts are taken, then only values given in full count', () => {
    expect(factsShown('{"id":"…","status":409,"value":55.01…,"n":3,"ok":true,"at":null,"same":"<the same id>","city":"Istanbul"}')).toEqual([
      '"status":409',
      '"n":3',
      '"ok":true',
      '"at":null',
      '"city":"Istanbul"',
    ]);
  });
});
