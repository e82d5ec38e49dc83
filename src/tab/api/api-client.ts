// Calls to /api with the signed-in user's credentials (a bearer token, or x-dev-user in dev
// mode), reading problem+json errors into ApiProblem so that views can show field errors and
// resolve 412 conflicts with the server's current state.

import type { FieldProblem } from '../../domain/errors';

export type { FieldProblem };

export class ApiProblem extends Error {
  override readonly name = 'ApiProblem';
  constructor(
    readonly status: number,
    readonly title: string,
    readonly detail: string | undefined,
    readonly errors: readonly FieldProblem[] = [],
    /** On 412: what the server holds now. */
    readonly current?: unknown,
    /** On 412: the ETag of `current`. */
    readonly etag?: string,
  ) {
    super(detail ?? title);
  }
}

export interface ApiResponse<T> {
  body: T;
  etag: string | null;
}

export interface SendOptions {
  body?: unknown;
  /** The ETag the change is based on; the API refuses updates without it (428). */
  ifMatch?: string;
  signal?: AbortSignal;
}

export type CredentialHeaders = () => Promise<Record<string, string>>;

export class ApiClient {
  /** Reads started before the view that needs them rendered; each is handed out once. */
  private readonly prefetched = new Map<string, Promise<ApiResponse<unknown>>>();

  constructor(private readonly credentials: CredentialHeaders) {}

  async get<T>(path: string, signal?: AbortSignal): Promise<ApiResponse<T>> {
    const early = this.prefetched.get(path);
    if (early) {
      this.prefetched.delete(path);
      return early as Promise<ApiResponse<T>>;
    }
    return this.send<T>('GET', path, { signal });
  }

  /** Starts a read now that a view will make as soon as it renders (the first screen's data). */
  prefetch(path: string): void {
    if (this.prefetched.has(path)) return;
    const read = this.send('GET', path);
    read.catch(() => undefined); // the view that takes it sees the error
    this.prefetched.set(path, read);
  }

  async send<T>(method: string, path: string, { body, ifMatch, signal }: SendOptions = {}): Promise<ApiResponse<T>> {
    const headers: Record<string, string> = { accept: 'application/json', ...(await this.credentials()) };
    if (body !== undefined) headers['content-type'] = 'application/json';
    if (ifMatch) headers['if-match'] = ifMatch;
    const response = await fetch(path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body), signal });
    if (!response.ok) throw await problemOf(response);
    const text = await response.text();
    return { body: (text ? JSON.parse(text) : undefined) as T, etag: response.headers.get('etag') };
  }

  /** A raw response for downloads (the caller reads the stream to show progress). */
  async fetchRaw(path: string, signal?: AbortSignal): Promise<Response> {
    const response = await fetch(path, { headers: await this.credentials(), signal });
    if (!response.ok) throw await problemOf(response);
    return response;
  }
}

async function problemOf(response: Response): Promise<ApiProblem> {
  let problem: { title?: string; detail?: string; errors?: FieldProblem[]; current?: unknown } = {};
  try {
    problem = (await response.json()) as typeof problem;
  } catch {
    // Not problem+json (a proxy's error page): the status alone must do.
  }
  return new ApiProblem(
    response.status,
    problem.title ?? response.statusText,
    problem.detail,
    problem.errors ?? [],
    problem.current,
    response.headers.get('etag') ?? undefined,
  );
}

/** The ETag of a record read from the API: its version in quotes. */
export const etagOf = (record: { version: number }) => `"${record.version}"`;
