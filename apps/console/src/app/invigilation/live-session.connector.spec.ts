import { TestBed } from '@angular/core/testing';
import type { InvigilatedSession } from '@pix/contracts';
import { of } from 'rxjs';
import { TextDecoder as NodeTextDecoder } from 'node:util';
import { AuthService } from '../core/auth/auth.service';
import type { LiveEvent } from './live-session-state';
import { FETCH, type LiveConnection, type LiveConnectionStatus, LiveSessionConnector } from './live-session.connector';

// jsdom has no TextDecoder; the browser does.
globalThis.TextDecoder ??= NodeTextDecoder as unknown as typeof TextDecoder;

const SNAPSHOT: InvigilatedSession = {
  sessionId: 12,
  certificationCenterName: 'Collège Jean Moulin',
  address: 'Bâtiment B',
  room: 'Salle 104',
  date: '2027-03-17',
  time: '08:30',
  examiner: 'Mme Caron',
  status: 'created',
  candidates: [],
  progressAvailable: true,
};

/** A response whose body yields these chunks, then ends (the server or the network closed the stream). */
function streamResponse(chunks: readonly string[]): Response {
  const encoded = chunks.map((chunk) => Uint8Array.from(Buffer.from(chunk, 'utf8')));
  const body = {
    getReader: () => ({
      read: async () =>
        encoded.length > 0 ? { done: false, value: encoded.shift() } : { done: true, value: undefined },
      releaseLock: () => undefined,
    }),
  };
  return { status: 200, statusText: 'OK', body } as unknown as Response;
}

function errorResponse(status: number, code: string, message: string): Response {
  return {
    status,
    statusText: 'Forbidden',
    body: null,
    text: async () => JSON.stringify({ statusCode: status, code, message }),
  } as unknown as Response;
}

const snapshotChunk = `event: snapshot\ndata: ${JSON.stringify(SNAPSHOT)}\n\n`;

describe(LiveSessionConnector.name, () => {
  const fetches: { url: string; init: RequestInit | undefined }[] = [];
  let answers: (() => Promise<Response>)[];
  const events: LiveEvent[] = [];
  const statuses: LiveConnectionStatus[] = [];
  const refusals: string[] = [];
  let connection: LiveConnection | undefined;

  beforeEach(() => {
    jest.useFakeTimers();
    fetches.length = 0;
    events.length = 0;
    statuses.length = 0;
    refusals.length = 0;
    answers = [];
    TestBed.configureTestingModule({
      providers: [
        {
          provide: AuthService,
          useValue: { accessTokenForRequest: () => of('token-1'), renewRejectedToken: () => of('token-2') },
        },
        {
          provide: FETCH,
          useValue: (url: string, init?: RequestInit) => {
            fetches.push({ url, init });
            const next = answers.shift();
            return next === undefined ? new Promise<Response>(() => undefined) : next();
          },
        },
      ],
    });
  });

  afterEach(() => {
    connection?.close();
    jest.useRealTimers();
  });

  function open(): void {
    connection = TestBed.inject(LiveSessionConnector).open(12, {
      event: (event) => events.push(event),
      status: (status) => statuses.push(status),
      refused: (error) => refusals.push(`${error.status} ${error.code}`),
    });
  }

  it('reads the stream with the bearer token, and after it ends connects again in 1 s for a new snapshot', async () => {
    answers.push(async () => streamResponse([snapshotChunk.slice(0, 20), snapshotChunk.slice(20)]));
    answers.push(async () => streamResponse([snapshotChunk]));

    open();
    await jest.advanceTimersByTimeAsync(0);
    expect(fetches).toHaveLength(1);
    expect(fetches[0]?.url).toBe('/api/invigilation/sessions/12/events');
    expect((fetches[0]?.init?.headers as Record<string, string>)['authorization']).toBe('Bearer token-1');
    expect(events.map((event) => event.type)).toEqual(['snapshot']);
    expect(statuses).toEqual(['connecting', 'live', 'reconnecting']);

    await jest.advanceTimersByTimeAsync(999);
    expect(fetches).toHaveLength(1);
    await jest.advanceTimersByTimeAsync(1);
    expect(fetches).toHaveLength(2);
    expect(events.map((event) => event.type)).toEqual(['snapshot', 'snapshot']);
    expect(statuses).toEqual(['connecting', 'live', 'reconnecting', 'live', 'reconnecting']);
  });

  it('backs off 1 s, 2 s, 4 s while the network fails, and starts again from 1 s after a snapshot', async () => {
    const offline = async (): Promise<Response> => {
      throw new TypeError('Failed to fetch');
    };
    answers.push(offline, offline, offline, async () => streamResponse([snapshotChunk]), offline);

    open();
    await jest.advanceTimersByTimeAsync(0);
    expect(fetches).toHaveLength(1);
    await jest.advanceTimersByTimeAsync(1000);
    expect(fetches).toHaveLength(2);
    await jest.advanceTimersByTimeAsync(1999);
    expect(fetches).toHaveLength(2);
    await jest.advanceTimersByTimeAsync(1);
    expect(fetches).toHaveLength(3);
    await jest.advanceTimersByTimeAsync(4000);
    expect(fetches).toHaveLength(4);
    expect(events.map((event) => event.type)).toEqual(['snapshot']);
    // The snapshot reset the backoff: the next attempt comes 1 s later, not 8 s.
    await jest.advanceTimersByTimeAsync(1000);
    expect(fetches).toHaveLength(5);
  });

  it('stops for good when the gateway refuses the stream', async () => {
    answers.push(async () =>
      errorResponse(
        403,
        'INVIGILATOR_ACCESS_REQUIRED',
        'Connectez-vous à l’espace surveillant avec le numéro et le mot de passe de la session.',
      ),
    );

    open();
    await jest.advanceTimersByTimeAsync(60_000);

    expect(refusals).toEqual(['403 INVIGILATOR_ACCESS_REQUIRED']);
    expect(fetches).toHaveLength(1);
  });
});
