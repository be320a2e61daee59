// Validation of a holders' declaration against the Caisse des Dépôts' schema of
// ../shared/fixtures/cdc (read its README), with libxml2 compiled to WebAssembly
// (xmllint-wasm): the check `xmllint --schema` makes. Test support only.
import fs from 'node:fs';
import path from 'node:path';
import { validateXML } from 'xmllint-wasm';

export const CDC_FIXTURES = path.resolve(import.meta.dirname, '../../../../../shared/fixtures/cdc');

const schema = () => ({
  fileName: 'cpf-pc5-1.1.2.xsd',
  contents: fs.readFileSync(path.join(CDC_FIXTURES, 'cpf-pc5-1.1.2.xsd'), 'utf8'),
});

/** The schema's error messages for `xml`; empty when the file is valid. A large file (the
 * bench's 10,000 holders) needs more than the validator's default 32 MiB of memory. */
export async function cdcSchemaErrors(xml: string): Promise<string[]> {
  const pages = Math.min(65_536, Math.max(512, Math.ceil((xml.length * 8) / 65_536)));
  const result = await validateXML({
    xml: [{ fileName: 'declaration.xml', contents: xml }],
    schema: [schema()],
    maxMemoryPages: pages,
  });
  return result.errors.map((e) => e.rawMessage);
}
