// What the referential screens read from the API: the certifications with their versions,
// one version whole, and the diff between two versions. Read-only, cached by TanStack Query.
import type { Certification } from '@certeval/core/referential/certificationSchema';
import type { VersionDiff } from '@certeval/core/referential/diff';
import type { ReferentialVersion } from '@certeval/core/referential/fileSchema';
import { queryOptions } from '@tanstack/react-query';
import { apiFetch } from '../../app/apiClient.ts';

export type CertificationKind = Certification['kind'];
export type VersionStatus = ReferentialVersion['status'];

export type VersionSummary = {
  key: string;
  status: VersionStatus;
  revision: number;
  nodeCount: number;
};

/** One line of GET /api/certifications. */
export type CertificationSummary = {
  slug: string;
  kind: CertificationKind;
  title: string | null;
  rncp: string | null;
  rs: string | null;
  versions: VersionSummary[];
};

export type VersionDetail = {
  certification: Certification;
  version: ReferentialVersion;
  revision: number;
  publishedAt: string | null;
};

const segment = encodeURIComponent;

export const certificationsQuery = queryOptions({
  queryKey: ['certifications'],
  queryFn: () => apiFetch<CertificationSummary[]>('/api/certifications'),
});

export function versionQuery(slug: string, version: string) {
  return queryOptions({
    queryKey: ['certifications', slug, 'versions', version],
    queryFn: () =>
      apiFetch<VersionDetail>(`/api/certifications/${segment(slug)}/versions/${segment(version)}`),
  });
}

export function diffQuery(slug: string, from: string, to: string) {
  return queryOptions({
    queryKey: ['certifications', slug, 'diff', from, to],
    queryFn: () => {
      const query = new URLSearchParams({ from, to });
      return apiFetch<VersionDiff>(`/api/certifications/${segment(slug)}/diff?${query}`);
    },
  });
}

/** The native referential file, for the "download" link (a plain link keeps the cookie). */
export function exportUrl(slug: string): string {
  return `/api/certifications/${segment(slug)}/export`;
}
