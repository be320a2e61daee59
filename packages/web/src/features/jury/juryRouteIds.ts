// The jury pages' route ids, for getRouteApi (avoids importing the routes into their
// screens), and the paths links use.
const SPACE = '/_authenticated/espace/$organisationId/$role' as const;

export const SESSION_ROUTE_ID = `${SPACE}/jury/sessions/$sessionId` as const;
export const DELIBERATION_ROUTE_ID = `${SPACE}/jury/candidates/$seatId` as const;

export const JURY_PATHS = {
  newSession: '/espace/$organisationId/$role/jury/sessions/new',
  session: '/espace/$organisationId/$role/jury/sessions/$sessionId',
  deliberation: '/espace/$organisationId/$role/jury/candidates/$seatId',
  evaluation: '/espace/$organisationId/$role/evaluations/$evaluationId',
} as const;
