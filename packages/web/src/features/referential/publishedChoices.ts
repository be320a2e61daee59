// The certifications and versions a form may be built on: the published ones, by name
// (a project, a jury session). Pure: the forms read it from the certifications query.
import type { CertificationSummary } from './referentialApi.ts';

/** Certifications with at least one published version, as choices of a list by name. */
export function publishedCertifications(list: readonly CertificationSummary[]) {
  return list.filter((c) => c.versions.some((v) => v.status === 'published'));
}

/** The published versions' keys of one certification, in the order the API gives them. */
export function publishedVersions(list: readonly CertificationSummary[], slug: string): string[] {
  return (list.find((c) => c.slug === slug)?.versions ?? [])
    .filter((v) => v.status === 'published')
    .map((v) => v.key);
}
