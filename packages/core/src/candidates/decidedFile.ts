// A decided file is frozen (issue 14). Once the jury's decision on a candidate is signed, their
// file — identity, pathway, tutor and trainer, evaluations, training plan, follow-up booklet,
// VAE booklet, and its stage — no longer changes, except through the certifier: by reopening
// the deliberation with a written reason (the file is then open again until the jury signs
// anew), or by correcting the candidate's record, the correction given its reason and recorded
// as such. The certifier may also complete, without a reason, what the declaration of holders
// to the Caisse des Dépôts needs and the record lacked (sex, birth commune's INSEE code: issue
// 18), nothing else changing: the documents and the decision say none of it. Every write on a
// candidate's file asks this one rule.
import type { LocalText } from '../deliberation/index.ts';
import type { Mover } from './fileStates.ts';

export const FILE_WRITES = [
  /** Identity, access route (the pathway), tutor and trainer. */
  'record',
  'stage',
  'evaluation',
  'training_plan',
  'follow_up',
  'vae_booklet',
] as const;
export type FileWrite = (typeof FILE_WRITES)[number];

/** Whether a signed jury decision stands on the file (a reopened deliberation lifts it). */
export interface FileDecision {
  signed: boolean;
}

/**
 * A correction of a decided file's record: by whom, and why; or, without a reason, the
 * completion of the declaration's data (`completesDeclaration`, see completesDeclarationData).
 */
export interface Correction {
  movers: readonly Mover[];
  reason?: string;
  completesDeclaration?: boolean;
}

/** The data of the declaration to the Caisse des Dépôts a decided record may lack. */
export const DECLARATION_FIELDS = ['sex', 'birthInseeCode'] as const;

const empty = (value: unknown) => value === null || value === undefined || value === '';
const declarationField = (key: string) => (DECLARATION_FIELDS as readonly string[]).includes(key);

/**
 * Whether `after` only fills in declaration data `before` lacked: every other field the same
 * (compared as JSON), each declaration field either empty before or unchanged, one filled.
 */
export function completesDeclarationData(
  before: Readonly<Record<string, unknown>>,
  after: Readonly<Record<string, unknown>>,
): boolean {
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
  let filled = false;
  for (const key of keys) {
    const [was, is] = [before[key], after[key]];
    if (!declarationField(key)) {
      if (JSON.stringify(was ?? null) !== JSON.stringify(is ?? null)) return false;
    } else if (!empty(was)) {
      if (was !== is) return false;
    } else if (!empty(is)) filled = true;
  }
  return filled;
}

const what: Record<FileWrite, LocalText> = {
  record: {
    fr: 'son identité, son parcours, son tuteur et son formateur',
    en: 'its identity, pathway, tutor and trainer',
  },
  stage: { fr: 'son étape', en: 'its stage' },
  evaluation: { fr: 'ses évaluations', en: 'its evaluations' },
  training_plan: { fr: 'son plan de formation', en: 'its training plan' },
  follow_up: { fr: 'son livret de suivi', en: 'its follow-up booklet' },
  vae_booklet: { fr: 'son livret descriptif d’activité', en: 'its descriptive activity booklet' },
};

/** Why `write` is refused on the file, or undefined when it may be made. */
export function decidedFileRefusal(
  decision: FileDecision,
  write: FileWrite,
  correction?: Correction,
): LocalText | undefined {
  if (!decision.signed) return undefined;
  const certifier = correction?.movers.includes('certifier_admin') ?? false;
  const reasoned = (correction?.reason?.trim() ?? '') !== '';
  if (write === 'record' && certifier && (reasoned || correction?.completesDeclaration))
    return undefined;
  const { fr, en } = what[write];
  const how =
    write === 'record'
      ? {
          fr: ' ; le certificateur peut rouvrir la délibération, ou corriger le dossier en motivant la correction',
          en: '; the certifier may reopen the deliberation, or correct the file giving the reason for the correction',
        }
      : {
          fr: ' ; seul le certificateur peut rouvrir la délibération, avec un motif écrit',
          en: '; only the certifier may reopen the deliberation, with a written reason',
        };
  return {
    fr: `La décision du jury est signée : le dossier est figé, ${fr} ne changent plus${how.fr}.`,
    en: `The jury's decision is signed: the file is frozen, ${en} no longer change${how.en}.`,
  };
}
