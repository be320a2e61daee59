// A certifier's identifiers at the Caisse des Dépôts, given to it when it asks to declare its
// holders (issue 18, item 6): `idClient` (8 characters) and `idContrat` (at most 20), as the
// schema of the declaration bounds them (../shared/fixtures/cdc/cpf-pc5-1.1.2.xsd).
import { type Static, Type } from 'typebox';
import { FilledText } from '../forms/fields.ts';
import { formCheck } from '../forms/formProblems.ts';

export const ID_CLIENT_PATTERN = '^[A-Za-z0-9]{8}$';
export const ID_CONTRAT_PATTERN = '^[A-Za-z0-9_-]{1,20}$';

export const CdcSettingsSchema = Type.Object(
  {
    idClient: Type.String({
      pattern: ID_CLIENT_PATTERN,
      description: 'Identifiant client Caisse des Dépôts: 8 letters or digits',
    }),
    idContrat: Type.String({
      pattern: ID_CONTRAT_PATTERN,
      description: 'Identifiant du contrat certificateur: 1 to 20 letters, digits, - or _',
    }),
  },
  { additionalProperties: false, title: 'CDC settings' },
);
export type CdcSettings = Static<typeof CdcSettingsSchema>;

export interface SettingsProblem {
  path: 'idClient' | 'idContrat';
  message: { fr: string; en: string };
}

/** The identifiers as stored: trimmed, in capitals (the CDC writes them so). */
export function normaliseCdcSettings(settings: CdcSettings): CdcSettings {
  return {
    idClient: settings.idClient.trim().toUpperCase(),
    idContrat: settings.idContrat.trim().toUpperCase(),
  };
}

/** Each identifier that cannot be the CDC's, with a message a certifier understands. */
export function cdcSettingsProblems(settings: {
  idClient: string;
  idContrat: string;
}): SettingsProblem[] {
  const problems: SettingsProblem[] = [];
  if (!new RegExp(ID_CLIENT_PATTERN).test(settings.idClient.trim()))
    problems.push({
      path: 'idClient',
      message: {
        fr: 'L’identifiant client compte exactement 8 lettres ou chiffres (par exemple ABC12345).',
        en: 'The client identifier has exactly 8 letters or digits (for instance ABC12345).',
      },
    });
  if (!new RegExp(ID_CONTRAT_PATTERN).test(settings.idContrat.trim()))
    problems.push({
      path: 'idContrat',
      message: {
        fr: 'L’identifiant de contrat compte de 1 à 20 lettres, chiffres, tirets ou soulignés.',
        en: 'The contract identifier has 1 to 20 letters, digits, dashes or underscores.',
      },
    });
  return problems;
}

/** The settings form as the API takes it: for which certifier, both identifiers as typed. */
export const CdcSettingsFormSchema = Type.Object({
  organisationId: Type.String({ format: 'uuid' }),
  idClient: FilledText(40),
  idContrat: FilledText(40),
});

/** Every problem of the settings form at once: the browser's check and the server's. */
export const checkCdcSettings = formCheck(CdcSettingsFormSchema, {}, (input) =>
  typeof input.idClient === 'string' && typeof input.idContrat === 'string'
    ? cdcSettingsProblems({ idClient: input.idClient, idContrat: input.idContrat }).map((p) => ({
        code: 'cdc',
        path: `/${p.path}`,
        message: p.message,
      }))
    : [],
);
