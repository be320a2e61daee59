/** The route of a variant page, for getRouteApi (avoids importing the route into its screens). */
export const VARIANT_ROUTE_ID =
  '/_authenticated/espace/$organisationId/$role/adapted-referential/$variantId' as const;
