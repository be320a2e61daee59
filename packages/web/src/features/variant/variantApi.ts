// What the company adaptation screens read and write: the variants the person may see, one
// variant with its lines, creating one, and saving its whole list of changes against the
// revision read (409 when someone saved meanwhile: nothing is overwritten).
import type { VariantChange, VariantLine } from '@certeval/core/referential/variant';
import { queryOptions } from '@tanstack/react-query';
import { apiFetch } from '../../app/apiClient.ts';

/** One line of GET /api/variants. */
export type VariantSummary = {
  id: string;
  name: string;
  organisationId: string;
  organisationName: string;
  /** The certification's slug and the national version's key. */
  certification: string;
  version: string;
  revision: number;
  changes: VariantChange[];
  updatedAt: string;
};

export type VariantDetail = VariantSummary & { lines: VariantLine[]; canEdit: boolean };

export type NewVariant = {
  organisationId: string;
  certification: string;
  version: string;
  name: string;
};

const segment = encodeURIComponent;

export const variantsQuery = queryOptions({
  queryKey: ['variants'],
  queryFn: () => apiFetch<VariantSummary[]>('/api/variants'),
});

export function variantQuery(id: string) {
  return queryOptions({
    queryKey: ['variants', id],
    queryFn: () => apiFetch<VariantDetail>(`/api/variants/${segment(id)}`),
  });
}

export function createVariant(input: NewVariant) {
  return apiFetch<{ id: string }>('/api/variants', { method: 'POST', body: input });
}

/** PUT /api/variants/:id: a refused save carries each problem in ApiError.problems. */
export function saveVariant(id: string, body: { revision: number; changes: VariantChange[] }) {
  return apiFetch<{ id: string; revision: number }>(`/api/variants/${segment(id)}`, {
    method: 'PUT',
    body,
  });
}
