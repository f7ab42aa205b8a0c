import type { MeView } from '@pix/contracts';

/** One HTTP exchange with the gateway, everything a test may look at. */
export interface ApiResponse<T> {
  readonly status: number;
  readonly headers: Headers;
  /** The parsed JSON body; `undefined` when the answer is not JSON (a PDF, an ODS, a 204). */
  readonly body: T;
  /** The raw bytes of the body. */
  readonly bytes: Buffer;
}

export interface RequestOptions {
  /** Sent as `application/json`. */
  readonly json?: unknown;
  /** Sent as is (with the content type given in `headers`). */
  readonly body?: BodyInit;
  readonly headers?: Record<string, string>;
}

export interface UploadFile {
  readonly name: string;
  readonly bytes: Uint8Array;
  readonly type?: string;
}

/** The answer of POST /api/auth/token and /api/auth/refresh. */
export interface SignedIn {
  readonly accessToken: string;
  readonly accessTokenExpiresAt: string;
  readonly me: MeView;
}

const REFRESH_COOKIE = 'pix_refresh';

/**
 * A caller of the gateway's HTTP API: anonymous, or signed in with an access token (`Authorization: Bearer`).
 * Paths are relative to `/api`. Nothing throws on an HTTP error status: the tests look at the status.
 */
export class ApiClient {
  private constructor(
    readonly apiUrl: string,
    readonly accessToken: string | null,
    /** Who signed in (from the sign-in answer), when signed in. */
    readonly signedIn: SignedIn | null,
    /** The `pix_refresh=…` cookie set at sign-in, to call /api/auth/refresh and /logout with. */
    readonly refreshCookie: string | null,
  ) {}

  static anonymous(apiUrl: string): ApiClient {
    return new ApiClient(apiUrl, null, null, null);
  }

  /** Signs in with POST /api/auth/token; fails the test with the gateway's answer when it is not a 200. */
  static async login(apiUrl: string, login: string, password: string): Promise<ApiClient> {
    const anonymous = ApiClient.anonymous(apiUrl);
    const response = await anonymous.post<SignedIn>('/auth/token', { json: { login, password } });
    if (response.status !== 200) {
      throw new Error(`sign-in of ${login} failed: ${response.status} ${response.bytes.toString('utf8')}`);
    }
    return new ApiClient(apiUrl, response.body.accessToken, response.body, refreshCookieOf(response.headers));
  }

  /** The same caller with another `Authorization` token (a forged one, for instance); null for none. */
  withToken(accessToken: string | null): ApiClient {
    return new ApiClient(this.apiUrl, accessToken, this.signedIn, this.refreshCookie);
  }

  get me(): MeView {
    if (this.signedIn === null) throw new Error('anonymous caller');
    return this.signedIn.me;
  }

  get userId(): number {
    return this.me.user.id;
  }

  async request<T>(method: string, path: string, options: RequestOptions = {}): Promise<ApiResponse<T>> {
    const headers: Record<string, string> = { ...options.headers };
    if (this.accessToken !== null) headers['authorization'] = `Bearer ${this.accessToken}`;
    let body = options.body;
    if (options.json !== undefined) {
      headers['content-type'] = 'application/json';
      body = JSON.stringify(options.json);
    }
    const response = await fetch(`${this.apiUrl}${path}`, { method, headers, body });
    const bytes = Buffer.from(await response.arrayBuffer());
    const isJson = (response.headers.get('content-type') ?? '').includes('json') && bytes.length > 0;
    return {
      status: response.status,
      headers: response.headers,
      body: (isJson ? JSON.parse(bytes.toString('utf8')) : undefined) as T,
      bytes,
    };
  }

  get<T>(path: string, options?: RequestOptions): Promise<ApiResponse<T>> {
    return this.request<T>('GET', path, options);
  }

  post<T>(path: string, options?: RequestOptions): Promise<ApiResponse<T>> {
    return this.request<T>('POST', path, options);
  }

  put<T>(path: string, options?: RequestOptions): Promise<ApiResponse<T>> {
    return this.request<T>('PUT', path, options);
  }

  patch<T>(path: string, options?: RequestOptions): Promise<ApiResponse<T>> {
    return this.request<T>('PATCH', path, options);
  }

  delete<T>(path: string, options?: RequestOptions): Promise<ApiResponse<T>> {
    return this.request<T>('DELETE', path, options);
  }

  /** POST of a `multipart/form-data` form whose one field `file` holds the file, as the console sends it. */
  upload<T>(path: string, file: UploadFile): Promise<ApiResponse<T>> {
    const form = new FormData();
    form.append(
      'file',
      new Blob([Uint8Array.from(file.bytes)], { type: file.type ?? 'application/octet-stream' }),
      file.name,
    );
    return this.request<T>('POST', path, { body: form });
  }
}

/** The `pix_refresh=<value>` pair of a `set-cookie` header, null when the answer sets none. */
export function refreshCookieOf(headers: Headers): string | null {
  const cookie = headers.getSetCookie().find((value) => value.startsWith(`${REFRESH_COOKIE}=`));
  return cookie === undefined ? null : (cookie.split(';')[0] ?? null);
}

/** The whole `set-cookie` line of the refresh cookie (attributes included), null when none. */
export function refreshSetCookieLine(headers: Headers): string | null {
  return headers.getSetCookie().find((value) => value.startsWith(`${REFRESH_COOKIE}=`)) ?? null;
}

/** The body of an answer expected with `status`; fails the test with the gateway's answer otherwise. */
export async function ok<T>(response: Promise<ApiResponse<T>>, status = 200): Promise<T> {
  const answer = await response;
  if (answer.status !== status) {
    throw new Error(`expected ${status}, got ${answer.status}: ${answer.bytes.toString('utf8').slice(0, 2000)}`);
  }
  return answer.body;
}
