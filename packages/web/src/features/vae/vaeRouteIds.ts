/** The VAE booklet page's route id (for getRouteApi) and the path links use. */
export const VAE_BOOKLET_ROUTE_ID =
  '/_authenticated/espace/$organisationId/$role/candidates/$candidateId/vae-booklet' as const;

export const VAE_BOOKLET_PATH =
  '/espace/$organisationId/$role/candidates/$candidateId/vae-booklet' as const;
