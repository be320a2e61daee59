// The instrument pages' route ids and search, for getRouteApi (avoids importing the routes
// into their screens) and for links that reopen the same view.

export const INSTRUMENT_ROUTE_ID =
  '/_authenticated/espace/$organisationId/$role/instruments/$key/$version' as const;

export const INSTRUMENT_VIEWS = ['edit', 'preview'] as const;
export type InstrumentView = (typeof INSTRUMENT_VIEWS)[number];
export type InstrumentSearch = { view?: InstrumentView };

export function parseInstrumentSearch(search: Record<string, unknown>): InstrumentSearch {
  const view = INSTRUMENT_VIEWS.find((candidate) => candidate === search.view);
  return view ? { view } : {};
}
