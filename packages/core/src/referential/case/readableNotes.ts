// The texts of a node or certification that CASE has no field for, written out in the CASE
// `notes` field (CFItem.notes, CFDocument.notes) so that a person reading the package in a CASE
// tool sees them. The exact values travel in `extensions.certeval`; these notes are never read
// back, so their wording may change freely.
import type { Certification } from '../certificationSchema.ts';
import type { ReferentialNode, ReferentialVersion } from '../fileSchema.ts';

type Section = NonNullable<ReferentialNode['sections']>[number];

function sectionText(section: Section): string {
  const entries = section.entries.map((entry) =>
    typeof entry === 'string'
      ? `- ${entry}`
      : [`- ${entry.text}`, ...entry.items.map((item) => `  - ${item}`)].join('\n'),
  );
  return [section.heading, ...entries].filter((line) => line !== undefined).join('\n');
}

/** Description, content, conditions and notes of a node, one paragraph each. */
export function itemNotes(node: ReferentialNode): string | undefined {
  const paragraphs = [
    node.description,
    node.content === undefined ? undefined : `Contenu : ${node.content}`,
    ...(node.sections ?? []).map(sectionText),
    ...(node.notes ?? []),
  ].filter((text): text is string => text !== undefined && text.length > 0);
  return paragraphs.length > 0 ? paragraphs.join('\n\n') : undefined;
}

/** A short French summary of the certification facts a CASE reader would look for. */
export function documentFacts(
  certification: Certification,
  version: Pick<ReferentialVersion, 'sources'>,
): string {
  const facts = [
    certification.rncp ? `RNCP ${certification.rncp}` : undefined,
    certification.rs ? `RS ${certification.rs}` : undefined,
    certification.level ? `Niveau : ${certification.level}` : undefined,
    certification.rome.length > 0
      ? `ROME : ${certification.rome.map((rome) => rome.code).join(', ')}`
      : undefined,
    `Sources : ${version.sources.join(' ; ')}`,
    'Export Certeval : les données complètes sont dans extensions.certeval.',
  ];
  return facts.filter((fact) => fact !== undefined).join('\n');
}
