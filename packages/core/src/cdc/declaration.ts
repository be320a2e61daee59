// The declaration of holders to the Caisse des Dépôts (issue 18, item 6): which documents of a
// period go into the next file — each once, again only when what it says has changed since it
// was declared (a correction) — which cannot go and why, whose holders lack what the file needs
// (named, with every field, in French and English), and the file itself, one per certifier,
// valid against ../shared/fixtures/cdc/cpf-pc5-1.1.2.xsd (namespace urn:cdc:cpf:pc5:schema:1.0.0).
import { candidateDisplayName } from '../candidates/candidateSchema.ts';
import { el, serialize, type XmlOut, xmlDocument } from '../xml/xmlWrite.ts';
import type { CdcSettings } from './cdcSettings.ts';
import { parisTimestamp } from './parisTime.ts';
import { type DeclarableDocument, type HolderField, type Passage, passagesOf } from './passage.ts';

export const CDC_NAMESPACE = 'urn:cdc:cpf:pc5:schema:1.0.0';
const XSI_NAMESPACE = 'http://www.w3.org/2001/XMLSchema-instance';

export interface HolderMissingData {
  candidateId: string;
  holderName: string;
  numbers: string[];
  fields: HolderField[];
  message: { fr: string; en: string };
}

export interface PlannedDocument {
  certificateId: string;
  number: string;
  holderName: string;
  /** The passages as written: compared with the next file's to find corrections. */
  fragment: string;
  /** Declared before with other contents. */
  correction: boolean;
}

export interface DeclarationPlan {
  toDeclare: PlannedDocument[];
  alreadyDeclared: Array<{ certificateId: string; number: string; holderName: string }>;
  notDeclarable: Array<{ number: string; holderName: string; reason: { fr: string; en: string } }>;
  missing: HolderMissingData[];
  passages: Passage[];
}

const nameOf = (document: DeclarableDocument) =>
  candidateDisplayName({
    birthName: document.holder.birthName,
    ...(document.holder.usageName ? { usageName: document.holder.usageName } : {}),
    firstNames: [...document.holder.firstNames],
  });

type FieldProblem = { field: HolderField; message: { fr: string; en: string } };

/** One entry per holder, with every document of theirs and every field, each said once. */
function addMissing(
  list: HolderMissingData[],
  document: DeclarableDocument,
  problems: readonly FieldProblem[],
) {
  const entry = list.find((m) => m.candidateId === document.candidateId);
  const fresh = problems.filter((p) => !entry?.fields.includes(p.field));
  if (!entry) {
    const name = nameOf(document);
    list.push({
      candidateId: document.candidateId,
      holderName: name,
      numbers: [document.number],
      fields: fresh.map((p) => p.field),
      message: {
        fr: `${name} : ${fresh.map((p) => p.message.fr).join(' ; ')}.`,
        en: `${name}: ${fresh.map((p) => p.message.en).join('; ')}.`,
      },
    });
    return;
  }
  entry.numbers.push(document.number);
  if (fresh.length === 0) return;
  entry.fields.push(...fresh.map((p) => p.field));
  entry.message = {
    fr: `${entry.message.fr.slice(0, -1)} ; ${fresh.map((p) => p.message.fr).join(' ; ')}.`,
    en: `${entry.message.en.slice(0, -1)}; ${fresh.map((p) => p.message.en).join('; ')}.`,
  };
}

/**
 * What the next file holds. `declared` maps a certificate to the passages it was last declared
 * with; one declared with the same is left out, one with others goes again as a correction.
 */
export function planDeclaration(
  documents: readonly DeclarableDocument[],
  declared: ReadonlyMap<string, string>,
): DeclarationPlan {
  const plan: DeclarationPlan = {
    toDeclare: [],
    alreadyDeclared: [],
    notDeclarable: [],
    missing: [],
    passages: [],
  };
  const sorted = [...documents].sort((a, b) =>
    a.number < b.number ? -1 : a.number > b.number ? 1 : 0,
  );
  for (const document of sorted) {
    const holderName = nameOf(document);
    const outcome = passagesOf(document);
    if (outcome.declarable === false) {
      plan.notDeclarable.push({ number: document.number, holderName, reason: outcome.reason });
      continue;
    }
    if (outcome.declarable === 'missing') {
      addMissing(plan.missing, document, outcome.fields);
      continue;
    }
    const fragment = outcome.passages.map((p) => serialize(p.element)).join('\n');
    const before = declared.get(document.certificateId);
    const { certificateId, number } = document;
    if (before === fragment) {
      plan.alreadyDeclared.push({ certificateId, number, holderName });
      continue;
    }
    plan.toDeclare.push({
      certificateId,
      number,
      holderName,
      fragment,
      correction: before !== undefined,
    });
    plan.passages.push(...outcome.passages);
  }
  return plan;
}

/** One `certification` per RNCP or RS code, its passages in the order of their numbers. */
function certificationsOf(passages: readonly Passage[]): XmlOut[] {
  const byCode = new Map<string, Passage[]>();
  for (const passage of passages) {
    const list = byCode.get(passage.code);
    if (list) list.push(passage);
    else byCode.set(passage.code, [passage]);
  }
  return [...byCode.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([code, list]) =>
      el('cpf:certification', {}, [
        el('cpf:type', {}, [list[0]?.type ?? 'RNCP']),
        el('cpf:code', {}, [code]),
        el('cpf:natureDeposant', {}, ['CERTIFICATEUR']),
        el(
          'cpf:passageCertifications',
          {},
          list.map((p) => p.element),
        ),
      ]),
    );
}

/** The file: one certifier (its identifiers), its passages grouped by code. */
export function declarationXml(input: {
  settings: CdcSettings;
  fluxId: string;
  at: Date;
  passages: readonly Passage[];
}): string {
  const { settings } = input;
  return xmlDocument(
    el('cpf:flux', { 'xmlns:cpf': CDC_NAMESPACE, 'xmlns:xsi': XSI_NAMESPACE }, [
      el('cpf:idFlux', {}, [input.fluxId]),
      el('cpf:horodatage', {}, [parisTimestamp(input.at)]),
      el('cpf:emetteur', {}, [
        el('cpf:idClient', {}, [settings.idClient]),
        el('cpf:certificateurs', {}, [
          el('cpf:certificateur', {}, [
            el('cpf:idClient', {}, [settings.idClient]),
            el('cpf:idContrat', {}, [settings.idContrat]),
            el('cpf:certifications', {}, certificationsOf(input.passages)),
          ]),
        ]),
      ]),
    ]),
  );
}
