// The 1EdTech Open Badges 3.0 JSON schema of an AchievementCredential
// (../shared/fixtures/credentials/ob30-schema), compiled with ajv's 2019-09 build and
// ajv-formats, as its README says. One deviation is allowed, and only that one: a
// `credentialStatus` that is an array (the revocation and the suspension entries of a
// credential) while the schema types it as one object; each entry is then checked as the
// schema's CredentialStatus, and the rest of the credential against the whole schema.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Ajv2019 } from 'ajv/dist/2019.js';
import addFormatsModule from 'ajv-formats';
import { CREDENTIAL_FIXTURES } from './credentials.testing.ts';

const schema = JSON.parse(
  readFileSync(
    path.join(CREDENTIAL_FIXTURES, 'ob30-schema', 'ob_v3p0_achievementcredential_schema.json'),
    'utf8',
  ),
) as { $id: string };

const addFormats = (addFormatsModule as unknown as { default: (ajv: Ajv2019) => Ajv2019 }).default;
const ajv = new Ajv2019({ allErrors: true, strict: false });
addFormats(ajv);
const credential = ajv.compile(schema);
const part = (name: string) => ajv.compile({ $ref: `${schema.$id}#/$defs/${name}` });
const status = part('CredentialStatus');
const achievement = part('Achievement');

type Problem = { path: string; message: string };

const problems = (errors: typeof credential.errors, prefix = ''): Problem[] =>
  (errors ?? []).map((e) => ({ path: `${prefix}${e.instancePath}`, message: e.message ?? '' }));

/** What the OB 3.0 schema finds wrong in `document` (an issued credential); [] when it conforms. */
export function ob30CredentialProblems(document: Record<string, unknown>): Problem[] {
  const { credentialStatus, ...rest } = document;
  if (!Array.isArray(credentialStatus)) {
    return credential(document) ? [] : problems(credential.errors);
  }
  // The allowed deviation: several status entries, each a CredentialStatus of the schema.
  const found = credential(rest) ? [] : problems(credential.errors);
  for (const [index, entry] of credentialStatus.entries()) {
    if (!status(entry)) found.push(...problems(status.errors, `/credentialStatus/${index}`));
  }
  return found;
}

/** What the OB 3.0 schema finds wrong in an Achievement (its $defs/Achievement). */
export function ob30AchievementProblems(document: unknown): Problem[] {
  return achievement(document) ? [] : problems(achievement.errors);
}
