// The candidate and project pages' route ids, for getRouteApi (avoids importing the routes
// into their screens), and the paths links use.

const SPACE = '/_authenticated/espace/$organisationId/$role' as const;

export const PROJECT_ROUTE_ID = `${SPACE}/projects/$projectId` as const;
export const CANDIDATE_ROUTE_ID = `${SPACE}/candidates/$candidateId` as const;
export const CANDIDATE_EDIT_ROUTE_ID = `${SPACE}/candidates/$candidateId/edit` as const;
export const POSITIONING_ROUTE_ID = `${SPACE}/candidates/$candidateId/positioning` as const;
export const BOOKLET_ROUTE_ID = `${SPACE}/candidates/$candidateId/booklet` as const;
export const ENROL_ROUTE_ID = `${SPACE}/candidates/new` as const;

export const PATHS = {
  project: '/espace/$organisationId/$role/projects/$projectId',
  newProject: '/espace/$organisationId/$role/projects/new',
  candidate: '/espace/$organisationId/$role/candidates/$candidateId',
  editCandidate: '/espace/$organisationId/$role/candidates/$candidateId/edit',
  positioning: '/espace/$organisationId/$role/candidates/$candidateId/positioning',
  booklet: '/espace/$organisationId/$role/candidates/$candidateId/booklet',
  enrol: '/espace/$organisationId/$role/candidates/new',
  evaluation: '/espace/$organisationId/$role/evaluations/$evaluationId',
} as const;

/** Which page a candidate list's rows open. */
export type ListView = 'file' | 'booklet';

export type EnrolSearch = { project?: string };

export function parseEnrolSearch(search: Record<string, unknown>): EnrolSearch {
  return typeof search.project === 'string' ? { project: search.project } : {};
}
