/** Reads Server-Sent Events from a response body until `count` have arrived. */
export async function readSse(body: ReadableStream<Uint8Array>, count: number, onEach: () => Promise<void> = async () => undefined) {
  const frames: { id: string; event: string; data: Record<string, unknown> }[] = [];
  const decoder = new TextDecoder();
  let buffered = '';
  for await (const chunk of body as unknown as AsyncIterable<Uint8Array>) {
    buffered += decoder.decode(chunk, { stream: true });
    let end: number;
    while ((end = buffered.indexOf('\n\n')) >= 0) {
      const fields = Object.fromEntries(buffered.slice(0, end).split('\n').map((line) => [line.slice(0, line.indexOf(':')), line.slice(line.indexOf(':') + 1).trim()]));
      buffered = buffered.slice(end + 2);
      if (fields.data === undefined) continue;
      frames.push({ id: fields.id, event: fields.event, data: JSON.parse(fields.data) });
      if (frames.length >= count) return frames;
      await onEach();
    }
  }
  return frames;
}
