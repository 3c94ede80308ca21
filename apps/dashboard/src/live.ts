const POLL_MS = 5_000;

/**
 * Calls `changed` whenever the log grows: from the Server-Sent Events feed when the service has one,
 * else by polling. Reports which it uses through `mode`.
 */
export function followChanges(changed: () => void, mode: (text: string) => void): void {
  const poll = () => {
    mode('polling every 5 s');
    setInterval(changed, POLL_MS);
  };
  if (typeof EventSource === 'undefined') return poll();
  const feed = new EventSource('/api/v1/events/live');
  let opened = false;
  feed.onopen = () => {
    opened = true;
    mode('live');
  };
  feed.onmessage = () => changed();
  feed.onerror = () => {
    // A feed that never opened does not exist here (yet); one that did reconnects by itself.
    if (opened) return mode('reconnecting…');
    feed.close();
    poll();
  };
}
