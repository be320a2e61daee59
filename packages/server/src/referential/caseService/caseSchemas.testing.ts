// Validators of every answer of the CASE 1.1 REST binding, built from the official CFPackage
// schema (../shared/fixtures/case/v1p1-official.json) and nothing else: a single object is its
// CFPckg* class of that schema plus the link the binding adds (CFPackageURI on a CFDocument,
// CFDocumentURI on a CFItem or CFAssociation); a set wraps a non-empty array of the class; the
// failure shape is 1EdTech's imsx_StatusInfo.
import { readFileSync } from 'node:fs';
import { Ajv2019 } from 'ajv/dist/2019.js';
import addFormatsModule from 'ajv-formats';

type Schema = Record<string, unknown>;

const official = JSON.parse(
  readFileSync(
    new URL('../../../../../../shared/fixtures/case/v1p1-official.json', import.meta.url),
    'utf8',
  ),
) as Schema & { $defs: Record<string, Schema & { properties: Schema; required?: string[] }> };

const addFormats = (addFormatsModule as unknown as { default: (ajv: Ajv2019) => Ajv2019 }).default;
const ajv = new Ajv2019({ allErrors: true, strict: false });
addFormats(ajv);

const ref = (name: string) => ({ $ref: `#/$defs/${name}` });

/** The class `name` of the official schema, with `extra` properties (required when listed). */
function classWith(name: string, extra: Schema = {}, required: string[] = []): Schema {
  const base = official.$defs[name];
  if (!base) throw new Error(`no ${name} in the official schema`);
  return {
    type: 'object',
    properties: { ...base.properties, ...extra },
    required: [...(base.required ?? []), ...required],
    additionalProperties: false,
  };
}

const setOf = (key: string, item: Schema): Schema => ({
  type: 'object',
  properties: { [key]: { type: 'array', minItems: 1, items: item } },
  required: [key],
  additionalProperties: false,
});

const document = classWith('CFPckgDocument', { CFPackageURI: ref('LinkURI') });
const item = classWith('CFPckgItem', { CFDocumentURI: ref('LinkURI') }, ['CFDocumentURI']);
const association = classWith('CFPckgAssociation', { CFDocumentURI: ref('LinkURI') });

const imsx: Schema = {
  type: 'object',
  properties: {
    imsx_codeMajor: { enum: ['success', 'processing', 'failure', 'unsupported'] },
    imsx_severity: { enum: ['status', 'warning', 'error'] },
    imsx_description: { type: 'string' },
    imsx_codeMinor: {
      type: 'object',
      properties: {
        imsx_codeMinorField: {
          type: 'array',
          minItems: 1,
          items: {
            type: 'object',
            properties: {
              imsx_codeMinorFieldName: { type: 'string' },
              imsx_codeMinorFieldValue: {
                enum: [
                  'fullsuccess',
                  'forbidden',
                  'internal_server_error',
                  'invalid_selection_field',
                  'invalid_uuid',
                  'server_busy',
                  'unauthorisedrequest',
                  'unknownobject',
                ],
              },
            },
            required: ['imsx_codeMinorFieldName', 'imsx_codeMinorFieldValue'],
            additionalProperties: false,
          },
        },
      },
      required: ['imsx_codeMinorField'],
      additionalProperties: false,
    },
  },
  required: ['imsx_codeMajor', 'imsx_severity'],
  additionalProperties: false,
};

const compile = (schema: Schema) =>
  ajv.compile({ $schema: String(official.$schema), $defs: official.$defs, ...schema });

/** One validator per answer of the binding, by the collection that gives it. */
export const caseValidators = {
  CFPackages: ajv.compile(official),
  CFDocumentSet: compile(setOf('CFDocuments', document)),
  CFDocuments: compile(document),
  CFItems: compile(item),
  CFAssociations: compile(association),
  CFItemAssociations: compile({
    type: 'object',
    properties: {
      CFItem: item,
      CFAssociations: { type: 'array', minItems: 1, items: association },
    },
    required: ['CFItem', 'CFAssociations'],
    additionalProperties: false,
  }),
  CFItemTypes: compile(setOf('CFItemTypes', ref('CFItemType'))),
  CFConcepts: compile(setOf('CFConcepts', ref('CFConcept'))),
  CFSubjects: compile(setOf('CFSubjects', ref('CFSubject'))),
  CFLicenses: compile(ref('CFLicense')),
  CFAssociationGroupings: compile(ref('CFAssociationGrouping')),
  CFRubrics: compile(ref('CFRubric')),
  imsx: compile(imsx),
};

export type CaseAnswer = keyof typeof caseValidators;

/** The validation errors of `body` as the answer of `collection`, [] when it is valid. */
export function caseErrors(collection: CaseAnswer, body: unknown) {
  const validate = caseValidators[collection];
  return validate(body) ? [] : (validate.errors ?? []);
}
