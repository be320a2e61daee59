// The views of a version page and how they sit in the URL (?view=matrix&from=1&to=2).

export const VIEWS = ['tree', 'matrix', 'domains', 'fiche', 'discrepancies', 'compare'] as const;
export type ReferentialView = (typeof VIEWS)[number];

export type VersionSearch = { view?: ReferentialView; from?: string; to?: string };

function isView(value: unknown): value is ReferentialView {
  return VIEWS.some((view) => view === value);
}

const text = (value: unknown) => (typeof value === 'string' && value !== '' ? value : undefined);

export function parseVersionSearch(search: Record<string, unknown>): VersionSearch {
  const parsed: VersionSearch = {};
  if (isView(search.view)) parsed.view = search.view;
  const from = text(search.from);
  const to = text(search.to);
  if (from) parsed.from = from;
  if (to) parsed.to = to;
  return parsed;
}

/** The route of a version page, for getRouteApi (avoids importing the route into its screens). */
export const VERSION_ROUTE_ID =
  '/_authenticated/espace/$organisationId/$role/certifications/$slug/$version' as const;
