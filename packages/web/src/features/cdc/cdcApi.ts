// What the declaration screens read and write. Shapes follow packages/server/src/cdc/routes.ts.
import { queryOptions } from '@tanstack/react-query';
import { apiFetch, apiFileFetch, type ErrorMessage } from '../../app/apiClient.ts';

export type CdcSettings = { idClient: string; idContrat: string };

export type DeclarationPeriod = {
  organisationId: string;
  from: string;
  to: string;
  certification?: string;
};

/** GET /api/cdc/declaration */
export type DeclarationPreview = {
  settings: CdcSettings | null;
  toDeclare: number;
  corrections: string[];
  alreadyDeclared: number;
  notDeclarable: Array<{ number: string; holderName: string; reason: ErrorMessage }>;
  missing: Array<{
    candidateId: string;
    holderName: string;
    numbers: string[];
    fields: string[];
    message: ErrorMessage;
  }>;
  revocations: Array<{ number: string; holderName: string; revokedAt: string; reason: string }>;
};

export const cdcSettingsQuery = (organisationId: string) =>
  queryOptions({
    queryKey: ['cdc', 'settings', organisationId],
    queryFn: () =>
      apiFetch<CdcSettings | null>(`/api/cdc/settings?organisationId=${organisationId}`),
  });

export function saveCdcSettings(organisationId: string, settings: CdcSettings) {
  return apiFetch<CdcSettings>('/api/cdc/settings', {
    method: 'PUT',
    body: { organisationId, ...settings },
  });
}

export function declarationPreview(period: DeclarationPeriod) {
  const query = new URLSearchParams({
    organisationId: period.organisationId,
    from: period.from,
    to: period.to,
    ...(period.certification ? { certification: period.certification } : {}),
  });
  return apiFetch<DeclarationPreview>(`/api/cdc/declaration?${query}`);
}

export function exportDeclaration(period: DeclarationPeriod) {
  return apiFileFetch('/api/cdc/declarations', { method: 'POST', body: period });
}
