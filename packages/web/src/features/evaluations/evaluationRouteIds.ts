/** The evaluation page's route id, for getRouteApi (avoids importing the route into its screens). */
export const EVALUATION_ROUTE_ID =
  '/_authenticated/espace/$organisationId/$role/evaluations/$evaluationId' as const;
