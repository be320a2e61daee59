// The one way the web app talks to the API: JSON in and out, the session cookie sent along,
// and every failure turned into an ApiError carrying the server's bilingual message.
import { sessionEnded } from './session.ts';

export type ErrorMessage = { fr: string; en: string };

/** One located problem of a refused input (an import, a list of changes). */
export type ApiProblem = { code: string; path: string; line?: number; message: ErrorMessage };

type ErrorBody = { code: string; message: ErrorMessage; path?: string; problems?: ApiProblem[] };

export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  /** The server's message; absent when the server could not be reached or answered garbage. */
  readonly localized: ErrorMessage | undefined;
  readonly path: string | undefined;
  /** Every problem the server located, when it refused a whole input. */
  readonly problems: ApiProblem[];

  constructor(status: number, body: Partial<ErrorBody>) {
    super(body.message?.en ?? body.code ?? `HTTP ${status}`);
    this.name = 'ApiError';
    this.status = status;
    this.code = body.code ?? 'unexpected';
    this.localized = body.message;
    this.path = body.path;
    this.problems = Array.isArray(body.problems) ? body.problems : [];
  }
}

/** status 0: the request never reached the server (offline, server down). */
export const NETWORK_ERROR_STATUS = 0;

function isErrorBody(value: unknown): value is ErrorBody {
  if (typeof value !== 'object' || value === null) return false;
  const { code, message } = value as Partial<ErrorBody>;
  return typeof code === 'string' && typeof message?.fr === 'string';
}

async function errorFrom(response: Response): Promise<ApiError> {
  const body: unknown = await response.json().catch(() => undefined);
  return new ApiError(response.status, isErrorBody(body) ? body : {});
}

/** A request's body: JSON (`body`), or a file sent as its bytes (`file`). */
type RequestInit = { method?: string; body?: unknown; file?: Blob };

function contentOf(init: RequestInit): { type?: string; body: BodyInit | null } {
  if (init.file) return { type: 'application/octet-stream', body: init.file };
  if (init.body === undefined) return { body: null };
  return { type: 'application/json', body: JSON.stringify(init.body) };
}

export async function apiFetch<T>(path: string, init: RequestInit = {}) {
  let response: Response;
  const content = contentOf(init);
  try {
    response = await fetch(path, {
      method: init.method ?? 'GET',
      credentials: 'same-origin',
      headers: {
        Accept: 'application/json',
        ...(content.type ? { 'Content-Type': content.type } : {}),
      },
      body: content.body,
    });
  } catch {
    throw new ApiError(NETWORK_ERROR_STATUS, { code: 'network' });
  }
  if (!response.ok) {
    const error = await errorFrom(response);
    // The session ended while the page was open (issue 16, item 7): a dialog asks to sign in.
    if (error.status === 401 && error.code === 'unauthenticated') sessionEnded();
    throw error;
  }
  // No content (204), or an accepted request answered without a body (202).
  const text = response.status === 204 ? '' : await response.text();
  return (text ? JSON.parse(text) : undefined) as T;
}

/**
 * A request answered with a file (a POST that makes it, say): its bytes and the name the
 * server gave it; failures as for apiFetch.
 */
export async function apiFileFetch(path: string, init: RequestInit = {}) {
  let response: Response;
  const content = contentOf(init);
  try {
    response = await fetch(path, {
      method: init.method ?? 'GET',
      credentials: 'same-origin',
      headers: content.type ? { 'Content-Type': content.type } : {},
      body: content.body,
    });
  } catch {
    throw new ApiError(NETWORK_ERROR_STATUS, { code: 'network' });
  }
  if (!response.ok) throw await errorFrom(response);
  const disposition = response.headers.get('content-disposition') ?? '';
  const fileName = /filename="([^"]+)"/.exec(disposition)?.[1] ?? 'download';
  return { blob: await response.blob(), fileName };
}

/** Hands a file to the browser as a download. */
export function saveFile(file: { blob: Blob; fileName: string }) {
  const url = URL.createObjectURL(file.blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = file.fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/**
 * A file the API answers to a JSON request (a POST that must not carry its subject in a URL),
 * saved by the browser under the name the server gives; that name.
 */
export async function apiDownload(path: string, body: unknown, fallback: string) {
  const file = await apiFileFetch(path, { method: 'POST', body });
  const fileName = file.fileName === 'download' ? fallback : file.fileName;
  saveFile({ blob: file.blob, fileName });
  return fileName;
}
