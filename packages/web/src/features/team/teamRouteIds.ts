// The team pages' route ids (for useParams) and the paths links use.
const SPACE = '/_authenticated/espace/$organisationId/$role' as const;

export const ORGANISATION_PEOPLE_ROUTE_ID = `${SPACE}/organisations/$targetId` as const;

export const TEAM_PATHS = {
  organisations: '/espace/$organisationId/$role/organisations',
  organisationPeople: '/espace/$organisationId/$role/organisations/$targetId',
} as const;
