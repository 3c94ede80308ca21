/**
 * The `sh` examples of a Markdown page, as a reader runs them: top to bottom in one shell. An example is one
 * shell command (continued over lines by `\`, open quotes or brackets) and the answer shown right under
 * it in comment lines; comments after a blank line describe, they show nothing. A block right after
 * `<!-- not run: why -->` is left out (the README's `npm start` and `npm test`).
 */
export interface ShellExample {
  readonly page: string;
  readonly line: number;
  readonly command: string;
  /** The answer shown under the command, without its `# `. */
  readonly shown: string;
}

const BLOCK = /(<!-- not run[^>]*-->\s*\n)?```sh\n([\s\S]*?)```/g;

export function shellExamples(page: string, markdown: string): ShellExample[] {
  const examples: { line: number; command: string; shown: string[] }[] = [];
  for (const match of markdown.matchAll(BLOCK)) {
    if (match[1]) continue;
    const firstLine = markdown.slice(0, match.index).split('\n').length + 1;
    let command: string[] = [];
    let start = 0;
    let last: (typeof examples)[number] | undefined;
    match[2].split('\n').forEach((text, i) => {
      if (command.length === 0) {
        if (text.trim() === '') return void (last = undefined);
        if (text.startsWith('#')) return void last?.shown.push(text.replace(/^# ?/, ''));
        start = firstLine + i;
      }
      command.push(text);
      if (complete(command.join('\n'))) {
        last = { line: start, command: command.join('\n'), shown: [] };
        examples.push(last);
        command = [];
      }
    });
    if (command.length > 0) throw new Error(`${page}:${start}: a command that never ends`);
  }
  return examples.map(({ line, command, shown }) => ({ page, line, command, shown: shown.join('\n') }));
}

/** Whether shell text ends a command: no open quote, bracket or brace, and no `\` at the end. */
function complete(text: string): boolean {
  let quote: string | null = null;
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quote) {
      if (c === quote) quote = null;
      else if (c === '\\' && quote === '"') i++;
    } else if (c === "'" || c === '"') quote = c;
    else if (c === '\\') i++;
    else if (c === '(' || c === '{') depth++;
    else if (c === ')' || c === '}') depth--;
    else if (c === '#' && (i === 0 || /\s/.test(text[i - 1]))) i = text.indexOf('\n', i) < 0 ? text.length : text.indexOf('\n', i) - 1;
  }
  return quote === null && depth === 0 && !text.endsWith('\\');
}

/**
 * The facts an answer shown gives in full: each `"key":value` whose value is a number, a string, true, false
 * or null not cut short with `…` (nor a stand-in like `<the same id>`).
 */
export function factsShown(shown: string): string[] {
  const facts = shown.matchAll(/"([\w.$-]+)":("(?:[^"\\…<]|\\.)*"|-?\d+(?:\.\d+)?|true|false|null)(?![\w.…])/g);
  return [...facts].map((m) => `"${m[1]}":${m[2]}`);
}
