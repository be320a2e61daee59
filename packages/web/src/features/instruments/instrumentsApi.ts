// What the instrument screens read and write (issue 4, item 4): the list, one version whole,
// creating a draft, cloning for a company, saving the whole document against the revision it
// was read at (409 when someone saved meanwhile, or when the version is published), publishing,
// starting a new version, and the URL of the paper form.
import type { Instrument, InstrumentKind } from '@certeval/core/instruments/schema';
import { queryOptions } from '@tanstack/react-query';
import { apiFetch } from '../../app/apiClient.ts';

export type InstrumentStatus = Instrument['status'];

/** One line of GET /api/instruments. */
export type InstrumentSummary = {
  key: string;
  version: string;
  kind: InstrumentKind;
  status: InstrumentStatus;
  title: string;
  certification: string | null;
  referentialVersion: string | null;
  revision: number;
  /** The company the instrument was adapted for; null for a national instrument. */
  organisationId?: string | null;
  /** `key@version` of the instrument it was cloned from. */
  derivedFrom?: string | null;
  updatedAt?: string;
  /** Whether this person may edit it (when a draft). */
  canEdit?: boolean;
};

/** GET /api/instruments/:key/versions/:version. */
export type InstrumentDetail = {
  instrument: Instrument;
  revision: number;
  status?: InstrumentStatus;
  organisationId?: string | null;
  derivedFrom?: string | null;
  updatedAt?: string;
  canEdit?: boolean;
};

/** Where a created, cloned or new version lives. */
export type InstrumentRef = { key: string; version: string; revision: number };

/** How one instrument names another (a project's, an adaptation's source): `key@version`. */
export const instrumentRefId = (ref: { key: string; version: string }) =>
  `${ref.key}@${ref.version}`;

/** The instrument `key@version` of a list, when it is in it. */
export function findInstrument<T extends { key: string; version: string }>(
  list: readonly T[] | undefined,
  id: string,
): T | undefined {
  return list?.find((i) => instrumentRefId(i) === id);
}

export type CloneRequest = { organisationId?: string; key?: string; title?: string };

const segment = encodeURIComponent;

function versionPath(key: string, version: string): string {
  return `/api/instruments/${segment(key)}/versions/${segment(version)}`;
}

export const instrumentsQuery = queryOptions({
  queryKey: ['instruments'],
  queryFn: () => apiFetch<InstrumentSummary[]>('/api/instruments'),
});

export function instrumentQuery(key: string, version: string) {
  return queryOptions({
    queryKey: ['instruments', key, version],
    queryFn: () => apiFetch<InstrumentDetail>(versionPath(key, version)),
  });
}

export function createInstrument(instrument: Instrument) {
  return apiFetch<InstrumentRef>('/api/instruments', { method: 'POST', body: { instrument } });
}

export function cloneInstrument(key: string, version: string, request: CloneRequest) {
  return apiFetch<InstrumentRef>(`${versionPath(key, version)}/clone`, {
    method: 'POST',
    body: request,
  });
}

/** PUT: a refused document carries each located problem in ApiError.problems. */
export function saveInstrument(
  key: string,
  version: string,
  body: { instrument: Instrument; revision: number },
) {
  return apiFetch<{ revision: number }>(versionPath(key, version), { method: 'PUT', body });
}

export function publishInstrument(key: string, version: string, revision: number) {
  return apiFetch<unknown>(`${versionPath(key, version)}/publish`, {
    method: 'POST',
    body: { revision },
  });
}

export function newInstrumentVersion(key: string, version: string) {
  return apiFetch<InstrumentRef>(`${versionPath(key, version)}/new-version`, {
    method: 'POST',
    body: {},
  });
}

/** What the paper form's header is filled with; empty fields are left to fill by hand. */
export type PaperHeader = {
  date?: string;
  evaluator?: string;
  role?: string;
  candidate?: string;
  company?: string;
};

/** The PDF of the saved version; a plain link keeps the session cookie and downloads. */
export function paperUrl(key: string, version: string, header: PaperHeader = {}): string {
  const query = new URLSearchParams();
  for (const [name, value] of Object.entries(header)) {
    const text = value?.trim();
    if (text) query.set(name, text);
  }
  const search = query.toString();
  return `${versionPath(key, version)}/pdf${search ? `?${search}` : ''}`;
}

/** `cqp-agc-tutor-grid-v1.pdf`, as the server names it: what the browser saves it under. */
export function paperFileName(key: string, version: string): string {
  return `${key}-v${version}.pdf`.replace(/[^A-Za-z0-9._-]+/g, '-');
}

/** A questionnaire as a QTI 3.0 content package (ZIP). */
export function qtiUrl(key: string, version: string, qti: '3.0' | '2.1' = '3.0'): string {
  return `${versionPath(key, version)}/qti${qti === '2.1' ? '?qti=2.1' : ''}`;
}
