/** `[Context] message`, a request as `GET /path 200 12ms`; other fields after it on the same line. */
export const PRETTY_LINES = {
  translateTime: 'SYS:HH:MM:ss.l',
  messageFormat: '{if context}[{context}] {end}{msg}{if req} {req.method} {req.url} {res.statusCode} {responseTime}ms{end}',
  ignore: 'pid,hostname,context,req,res,responseTime',
  singleLine: true,
};

/**
 * A person at a terminal reads lines, one per entry with its time and level; anything else (a file, a
 * pipe, a log collector, a test) gets JSON. pino-pretty formats in pino's worker thread, off the event loop.
 */
export const prettyOnTerminal = (stdout: { isTTY?: boolean }) =>
  stdout.isTTY ? { transport: { target: 'pino-pretty', options: PRETTY_LINES } } : {};
