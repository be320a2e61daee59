// What the certificate screens read and write. Shapes follow
// packages/server/src/certificates/schemas.ts; the statistics and verification results are
// core's types.
import type {
  CertificateData,
  CertificateKind,
  CertificateStatistics,
  CertificateStatus,
  CertificateUnit,
  StatisticsTable,
  UnitKind,
} from '@certeval/core/certificates/index';
import type { VerificationResult } from '@certeval/core/credentials/verification';
import { queryOptions } from '@tanstack/react-query';
import { ApiError, apiFetch, type ErrorMessage } from '../../app/apiClient.ts';

export type { CertificateStatistics, StatisticsTable, VerificationResult };

export type DocumentStatus = CertificateStatus;

/** One line of GET /api/certificates and /api/certificates/mine. */
export type CertificateSummary = {
  id: string;
  number: string;
  kind: CertificateKind;
  certification: string;
  certificationTitle: string;
  holderName: string;
  decisionDate: string;
  issuedAt: string;
  validUntil: string | null;
  revokedAt: string | null;
  revocationReason: string | null;
  /** While the jury's decision it comes from is reopened. */
  suspendedAt: string | null;
  suspensionReason: string | null;
  sessionId: string | null;
  verificationUrl: string;
  unitKind: UnitKind;
  units: CertificateUnit[];
};

export type SessionToIssue = {
  id: string;
  certifierId: string;
  certification: string;
  referentialVersion: string;
  date: string;
  place: string | null;
  signed: number;
  issued: number;
};

export type BatchProgress = {
  id: string;
  sessionId: string;
  status: 'running' | 'done' | 'failed';
  total: number;
  issued: number;
  skipped: number;
  startedAt: string;
  finishedAt?: string;
  error?: ErrorMessage;
  /** Issue 15: where the e-mails to the session's holders stand. */
  messages?: { waiting: number; sent: number; failed: number };
};

export type SigningKeys = {
  issuerId: string;
  keys: Array<{
    verificationMethod: string;
    publicKeyMultibase: string;
    createdAt: string;
    retiredAt: string | null;
  }>;
};

/** GET /api/public/certificates/:number */
export type PublicCertificate = {
  number: string;
  kind: CertificateKind;
  status: DocumentStatus;
  holder: { name: string };
  certification: Pick<
    CertificateData['certification'],
    'title' | 'kindLabel' | 'registration' | 'registrationDecision' | 'level'
  >;
  unitKind: UnitKind;
  units: Array<{ code: string; label: string; validUntil?: string }>;
  decisionDate: string;
  issuedOn: string;
  certifier: string;
  validUntil?: string;
  revocation?: { reason: string; revokedAt: string };
  suspension?: { reason: string; suspendedAt: string };
  verification: VerificationResult;
};

/** POST /api/public/verify */
export type UploadVerification = {
  summary: { name?: string; issuer?: string; holder?: string; achievement?: string };
  verification: VerificationResult;
};

export const sessionsToIssueQuery = queryOptions({
  queryKey: ['certificates', 'sessions'],
  queryFn: () => apiFetch<SessionToIssue[]>('/api/certificates/sessions'),
});

export const issuedQuery = queryOptions({
  queryKey: ['certificates', 'issued'],
  queryFn: () => apiFetch<CertificateSummary[]>('/api/certificates'),
});

export const myCertificatesQuery = queryOptions({
  queryKey: ['certificates', 'mine'],
  queryFn: () => apiFetch<CertificateSummary[]>('/api/certificates/mine'),
});

export const signingKeysQuery = (organisationId: string) =>
  queryOptions({
    queryKey: ['certificates', 'keys', organisationId],
    queryFn: () => apiFetch<SigningKeys>(`/api/certificates/keys?organisationId=${organisationId}`),
  });

export const statisticsQuery = queryOptions({
  queryKey: ['statistics', 'certificates'],
  queryFn: () => apiFetch<CertificateStatistics>('/api/statistics/certificates'),
});

export const publicCertificateQuery = (number: string) =>
  queryOptions({
    queryKey: ['public', 'certificate', number],
    queryFn: () =>
      apiFetch<PublicCertificate>(`/api/public/certificates/${encodeURIComponent(number)}`),
    retry: false,
  });

export const batchQuery = (id: string) =>
  queryOptions({
    queryKey: ['certificates', 'batch', id],
    queryFn: () => apiFetch<BatchProgress>(`/api/certificates/batches/${id}`),
  });

export const startBatch = (body: {
  sessionId: string;
  signatory?: { name?: string; quality?: string };
}) => apiFetch<BatchProgress>('/api/certificates/batches', { method: 'POST', body });

export const revoke = (id: string, reason: string) =>
  apiFetch<{ id: string; number: string }>(`/api/certificates/${id}/revocation`, {
    method: 'POST',
    body: { reason },
  });

export const rotateKey = (organisationId: string) =>
  apiFetch<SigningKeys>('/api/certificates/keys/rotation', {
    method: 'POST',
    body: { organisationId },
  });

/** The credential file's text, verified as it is (malformed JSON is a failed check). */
export async function verifyFile(text: string): Promise<UploadVerification> {
  let response: Response;
  try {
    response = await fetch('/api/public/verify', {
      method: 'POST',
      headers: { Accept: 'application/json', 'Content-Type': 'text/plain; charset=utf-8' },
      body: text,
    });
  } catch {
    throw new ApiError(0, { code: 'network' });
  }
  const body: unknown = await response.json().catch(() => undefined);
  if (!response.ok) throw new ApiError(response.status, (body ?? {}) as object);
  return body as UploadVerification;
}

export const pdfUrl = (id: string) => `/api/certificates/${id}/pdf`;
export const credentialUrl = (id: string) => `/api/certificates/${id}/credential`;
export const sessionPdfUrl = (id: string) => `/api/certificates/sessions/${id}/pdf`;
export const statisticsCsvUrl = (table: StatisticsTable, lang: 'fr' | 'en') =>
  `/api/statistics/certificates/csv?table=${table}&lang=${lang}`;
