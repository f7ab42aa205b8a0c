/** One server-sent event as the invigilator space receives it. */
export interface StreamEvent {
  readonly type: string;
  readonly data: Record<string, unknown>;
}

/**
 * Reads a server-sent event stream with fetch (EventSource cannot send the bearer token), as the console does:
 * keeps every event received, and lets a test wait for one.
 */
export class LiveStream {
  readonly events: StreamEvent[] = [];
  private readonly waiters = new Set<() => void>();
  private readonly controller = new AbortController();
  status = 0;

  static async open(url: string, accessToken: string): Promise<LiveStream> {
    const stream = new LiveStream();
    const response = await fetch(url, {
      headers: { authorization: `Bearer ${accessToken}`, accept: 'text/event-stream' },
      signal: stream.controller.signal,
    });
    stream.status = response.status;
    if (response.body !== null && response.status === 200) void stream.read(response.body);
    return stream;
  }

  /** Resolves with the first event (already received or to come) that matches, or fails after `timeoutMs`. */
  async waitFor(predicate: (event: StreamEvent) => boolean, timeoutMs = 10_000): Promise<StreamEvent> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const found = this.events.find(predicate);
      if (found !== undefined) return found;
      const left = deadline - Date.now();
      if (left <= 0) {
        throw new Error(`no such event within ${timeoutMs} ms; received: ${this.events.map((e) => e.type).join(', ')}`);
      }
      await new Promise<void>((resolve) => {
        const timer = setTimeout(done, left);
        function done() {
          clearTimeout(timer);
          resolve();
        }
        this.waiters.add(done);
      });
    }
  }

  close(): void {
    this.controller.abort();
  }

  private async read(body: ReadableStream<Uint8Array>): Promise<void> {
    const decoder = new TextDecoder();
    let buffer = '';
    const reader = body.getReader();
    try {
      for (;;) {
        const { done, value } = await reader.read();
        if (done) return;
        buffer += decoder.decode(value, { stream: true });
        let end = buffer.indexOf('\n\n');
        while (end >= 0) {
          this.parse(buffer.slice(0, end));
          buffer = buffer.slice(end + 2);
          end = buffer.indexOf('\n\n');
        }
      }
    } catch {
      // Aborted by close().
    }
  }

  private parse(block: string): void {
    let type = 'message';
    const data: string[] = [];
    for (const line of block.split('\n')) {
      if (line.startsWith('event: ')) type = line.slice(7);
      else if (line.startsWith('data: ')) data.push(line.slice(6));
    }
    if (data.length === 0) return;
    this.events.push({ type, data: JSON.parse(data.join('\n')) as Record<string, unknown> });
    for (const wake of [...this.waiters]) {
      this.waiters.delete(wake);
      wake();
    }
  }
}
