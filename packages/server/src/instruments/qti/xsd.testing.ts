// Validation of QTI files against the official 1EdTech schemas of ../shared/fixtures/qti/xsd
// (read its README), with libxml2 compiled to WebAssembly (xmllint-wasm): the same check as
// `xmllint --schema`, no native build. Test support only.
import fs from 'node:fs';
import path from 'node:path';
import { validateXML } from 'xmllint-wasm';

export const XSD_DIR = path.resolve(
  import.meta.dirname,
  '../../../../../../shared/fixtures/qti/xsd',
);

export const QTI_SCHEMAS = {
  /** QTI 3.0 content package manifest. */
  manifest3: 'qtiv3p0/imsqtiv3p0_imscpv1p2_v1p0.xsd',
  /** QTI 3.0 item (the SBAC profile as distributed, MathML and SSML stubbed). */
  item3: 'qtiv3p0/asi_stubbed.xsd',
  /** QTI 2.1 item. */
  item21: 'qtiv2p1/imsqti_v2p1.xsd',
  /** IMS Content Packaging 1.1 manifest, as QTI 2.1 packages use. */
  manifest21: 'imscp_v1p1.xsd',
} as const;

function allSchemaFiles(dir = XSD_DIR): Array<{ fileName: string; contents: string }> {
  return fs
    .readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .flatMap((name) =>
      name.endsWith('.xsd') || name.endsWith('.dtd') || name.endsWith('.ent')
        ? [{ fileName: name, contents: fs.readFileSync(path.join(dir, name), 'utf8') }]
        : [],
    );
}

let preload: ReturnType<typeof allSchemaFiles> | undefined;

/** The schema's error messages for `xml` (empty when valid). */
export function xsdErrors(
  schema: keyof typeof QTI_SCHEMAS,
  xml: string,
  fileName = 'document.xml',
): Promise<string[]> {
  return xsdErrorsOf(schema, [[fileName, xml]]);
}

/** The same for many documents at once (the schemas are compiled once: seconds each). */
export async function xsdErrorsOf(
  schema: keyof typeof QTI_SCHEMAS,
  documents: ReadonlyArray<readonly [string, string]>,
): Promise<string[]> {
  preload ??= allSchemaFiles();
  const schemaName = QTI_SCHEMAS[schema];
  const main = preload.find((f) => f.fileName === schemaName);
  if (main === undefined) throw new Error(`no schema ${schemaName}`);
  const result = await validateXML({
    xml: documents.map(([fileName, contents]) => ({
      fileName: fileName.replace(/\//g, '_'),
      contents,
    })),
    schema: [main],
    preload: preload.filter((f) => f !== main),
  });
  // Warnings (an import the offline schemas cannot fetch, and skip) are not faults.
  return result.errors.map((e) => e.rawMessage).filter((m) => !m.includes('warning'));
}
