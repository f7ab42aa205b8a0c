import { HttpErrorResponse } from '@angular/common/http';
import { inject, Injectable, InjectionToken } from '@angular/core';
import { firstValueFrom } from 'rxjs';
import { AuthService } from '../core/auth/auth.service';
import { ApiError, toApiError } from '../core/http/api-error';
import { LiveEvent, toLiveEvent } from './live-session-state';
import { reconnectDelayMs, ServerSentEventParser } from './server-sent-events';

/** `fetch`, replaced in tests. */
export const FETCH = new InjectionToken<typeof fetch>('FETCH', {
  providedIn: 'root',
  factory: () => (input, init) => fetch(input, init),
});

export type LiveConnectionStatus = 'connecting' | 'live' | 'reconnecting';

export interface LiveListener {
  event(event: LiveEvent): void;
  status(status: LiveConnectionStatus): void;
  /** The gateway refused the stream (no access to the session, session closed…): no new attempt is made. */
  refused(error: ApiError): void;
}

export interface LiveConnection {
  /** Drops the current stream and opens a new one at once (a new snapshot). */
  resync(): void;
  close(): void;
}

/**
 * The invigilator space's server-sent events. EventSource cannot send the bearer token, so the stream is read with
 * fetch. On a network error or the end of the stream it connects again after 1 s, 2 s, 4 s… (30 s at most), and the
 * new snapshot replaces the whole state: nothing is polled.
 */
@Injectable({ providedIn: 'root' })
export class LiveSessionConnector {
  private readonly auth = inject(AuthService);
  private readonly fetch = inject(FETCH);

  open(sessionId: number, listener: LiveListener): LiveConnection {
    const connection = new StreamConnection(
      `/api/invigilation/sessions/${sessionId}/events`,
      this.auth,
      this.fetch,
      listener,
    );
    connection.start();
    return connection;
  }
}

type Outcome = 'retry' | 'stop';

class StreamConnection implements LiveConnection {
  private closed = false;
  private attempt = 0;
  private immediate = false;
  private controller: AbortController | null = null;
  private wakeUp: (() => void) | null = null;
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly url: string,
    private readonly auth: AuthService,
    private readonly fetchFn: typeof fetch,
    private readonly listener: LiveListener,
  ) {}

  start(): void {
    void this.run();
  }

  resync(): void {
    this.immediate = true;
    this.controller?.abort();
    this.wake();
  }

  close(): void {
    this.closed = true;
    this.controller?.abort();
    this.wake();
  }

  private async run(): Promise<void> {
    this.listener.status('connecting');
    while (!this.closed) {
      const outcome = await this.readStream();
      if (this.closed || outcome === 'stop') return;
      this.listener.status('reconnecting');
      if (this.immediate) {
        this.immediate = false;
        continue;
      }
      await this.sleep(reconnectDelayMs(this.attempt));
      this.attempt += 1;
      this.immediate = false;
    }
  }

  private async readStream(): Promise<Outcome> {
    const controller = new AbortController();
    this.controller = controller;
    try {
      let token = await firstValueFrom(this.auth.accessTokenForRequest());
      let response = await this.request(token, controller.signal);
      if (response.status === 401 && token !== null) {
        token = await firstValueFrom(this.auth.renewRejectedToken(token)).catch(() => null);
        if (token === null) return this.refuse(response);
        response = await this.request(token, controller.signal);
      }
      if (response.status !== 200 || response.body === null) {
        const lasting = response.status >= 400 && response.status < 500 && response.status !== 429;
        return lasting ? this.refuse(response) : 'retry';
      }
      await this.read(response.body);
      return 'retry';
    } catch {
      return 'retry';
    } finally {
      if (this.controller === controller) this.controller = null;
    }
  }

  private request(token: string | null, signal: AbortSignal): Promise<Response> {
    const headers: Record<string, string> = { accept: 'text/event-stream' };
    if (token !== null) headers['authorization'] = `Bearer ${token}`;
    return this.fetchFn(this.url, { headers, signal, cache: 'no-store' });
  }

  private async read(body: ReadableStream<Uint8Array>): Promise<void> {
    const reader = body.getReader();
    const decoder = new TextDecoder();
    const parser = new ServerSentEventParser();
    try {
      for (;;) {
        const { done, value } = await reader.read();
        if (done || this.closed) return;
        for (const message of parser.push(decoder.decode(value, { stream: true }))) {
          const event = toLiveEvent(message);
          if (event === null) continue;
          if (event.type === 'snapshot') {
            this.attempt = 0;
            this.listener.status('live');
          }
          this.listener.event(event);
        }
      }
    } finally {
      try {
        reader.releaseLock();
      } catch {
        // Already released by the abort.
      }
    }
  }

  private async refuse(response: Response): Promise<Outcome> {
    let text: string | null = null;
    try {
      text = await response.text();
    } catch {
      text = null;
    }
    this.listener.refused(
      toApiError(new HttpErrorResponse({ error: text, status: response.status, statusText: response.statusText })),
    );
    return 'stop';
  }

  private sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      this.wakeUp = resolve;
      this.timer = setTimeout(() => this.wake(), ms);
    });
  }

  private wake(): void {
    clearTimeout(this.timer);
    const resolve = this.wakeUp;
    this.wakeUp = null;
    resolve?.();
  }
}
