/** The taking page's route id (for getRouteApi) and the path links use. */
export const TAKE_ROUTE_ID =
  '/_authenticated/espace/$organisationId/$role/evaluations/$evaluationId/take' as const;

export const TAKE_PATH = '/espace/$organisationId/$role/evaluations/$evaluationId/take' as const;
