// The VAE candidate's descriptive activity booklet (issue 6, item 5; seed 001, "accès par la
// VAE : un livret descriptif d'activité rempli par le candidat, éventuellement accompagné de
// documents techniques, et une présentation orale, suivie d'un entretien avec les membres du
// jury"): the candidate answers each question of the booklet instrument in free text — the
// online questionnaire's text responses, without a clock or scoring — and attaches technical
// documents, then submits it for the jury.
import type { ItemResponse } from '../instruments/index.ts';
import type { CandidateState } from './fileStates.ts';
import type { CandidateQuestionnaire } from './onlineQuestionnaire.ts';
import { isItemResponse } from './onlineQuestionnaire.ts';

export type VaeBookletStatus = 'draft' | 'submitted';

type Message = { fr: string; en: string };

/** The largest technical document accepted, and how many one booklet holds. */
export const VAE_DOCUMENT_MAX_BYTES = 10 * 1024 * 1024;
export const VAE_DOCUMENT_MAX_COUNT = 20;

interface DocumentKind {
  extensions: readonly string[];
  contentType: string;
  /** The first bytes every file of the kind starts with. */
  magic: readonly number[];
}

const PDF = [0x25, 0x50, 0x44, 0x46];
const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const JPEG = [0xff, 0xd8, 0xff];
// Office Open XML and OpenDocument files are zip archives; older Office files OLE2 compounds.
const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE2 = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const OOXML = 'application/vnd.openxmlformats-officedocument';
const ODF = 'application/vnd.oasis.opendocument';

/** PDF, PNG and JPEG images, office documents: what a candidate may attach. */
export const VAE_DOCUMENT_KINDS: readonly DocumentKind[] = [
  { extensions: ['pdf'], contentType: 'application/pdf', magic: PDF },
  { extensions: ['png'], contentType: 'image/png', magic: PNG },
  { extensions: ['jpg', 'jpeg'], contentType: 'image/jpeg', magic: JPEG },
  { extensions: ['docx'], contentType: `${OOXML}.wordprocessingml.document`, magic: ZIP },
  { extensions: ['xlsx'], contentType: `${OOXML}.spreadsheetml.sheet`, magic: ZIP },
  { extensions: ['pptx'], contentType: `${OOXML}.presentationml.presentation`, magic: ZIP },
  { extensions: ['odt'], contentType: `${ODF}.text`, magic: ZIP },
  { extensions: ['ods'], contentType: `${ODF}.spreadsheet`, magic: ZIP },
  { extensions: ['odp'], contentType: `${ODF}.presentation`, magic: ZIP },
  { extensions: ['doc'], contentType: 'application/msword', magic: OLE2 },
  { extensions: ['xls'], contentType: 'application/vnd.ms-excel', magic: OLE2 },
  { extensions: ['ppt'], contentType: 'application/vnd.ms-powerpoint', magic: OLE2 },
];

/** The file picker's `accept`: every extension above. */
export const VAE_DOCUMENT_ACCEPT = VAE_DOCUMENT_KINDS.flatMap((k) =>
  k.extensions.map((e) => `.${e}`),
).join(',');

export type DocumentCheck =
  | { ok: true; fileName: string; contentType: string }
  | {
      ok: false;
      code: 'document_name' | 'document_empty' | 'document_size' | 'document_type';
      message: Message;
    };

const extensionOf = (fileName: string) => /\.([A-Za-z0-9]+)$/.exec(fileName)?.[1]?.toLowerCase();

const startsWith = (head: Uint8Array, magic: readonly number[]) =>
  head.length >= magic.length && magic.every((byte, i) => head[i] === byte);

const megabytes = (bytes: number) => Math.round(bytes / (1024 * 1024));

/**
 * Whether a document may be attached: a name, not empty, at most 10 MB, and of an accepted
 * kind by both its extension and its first bytes (a renamed program is refused).
 */
export function checkDocument(file: {
  fileName: string;
  size: number;
  head: Uint8Array;
}): DocumentCheck {
  const fileName = file.fileName.trim().replace(/^.*[\\/]/, '');
  if (!fileName || fileName.length > 200)
    return {
      ok: false,
      code: 'document_name',
      message: {
        fr: 'Le document doit avoir un nom de 200 caractères au plus.',
        en: 'The document needs a name of at most 200 characters.',
      },
    };
  if (file.size === 0)
    return {
      ok: false,
      code: 'document_empty',
      message: { fr: `« ${fileName} » est vide.`, en: `"${fileName}" is empty.` },
    };
  if (file.size > VAE_DOCUMENT_MAX_BYTES)
    return {
      ok: false,
      code: 'document_size',
      message: {
        fr: `« ${fileName} » dépasse ${megabytes(VAE_DOCUMENT_MAX_BYTES)} Mo.`,
        en: `"${fileName}" is larger than ${megabytes(VAE_DOCUMENT_MAX_BYTES)} MB.`,
      },
    };
  const extension = extensionOf(fileName);
  const kind = VAE_DOCUMENT_KINDS.find((k) => extension && k.extensions.includes(extension));
  if (!kind || !startsWith(file.head, kind.magic))
    return {
      ok: false,
      code: 'document_type',
      message: {
        fr: `« ${fileName} » n’est pas accepté : joignez un PDF, une image PNG ou JPEG, ou un document bureautique (Word, Excel, PowerPoint, OpenDocument).`,
        en: `"${fileName}" is not accepted: attach a PDF, a PNG or JPEG image, or an office document (Word, Excel, PowerPoint, OpenDocument).`,
      },
    };
  return { ok: true, fileName, contentType: kind.contentType };
}

/** How many first bytes `checkDocument` needs to read. */
export const DOCUMENT_HEAD_BYTES = 8;

export interface AnswerProblem {
  item: string;
  code: 'unknown_item' | 'response_shape';
  message: Message;
}

const questionIds = (booklet: CandidateQuestionnaire) =>
  booklet.sections.flatMap((s) => s.items.map((i) => i.id));

/** What is wrong with saved answers: a question not in the booklet, an answer not a text. */
export function bookletAnswerProblems(
  booklet: CandidateQuestionnaire,
  responses: Record<string, unknown>,
): AnswerProblem[] {
  const ids = new Set(questionIds(booklet));
  return Object.entries(responses).flatMap(([item, response]): AnswerProblem[] => {
    if (!ids.has(item))
      return [
        {
          item,
          code: 'unknown_item',
          message: { fr: `Question inconnue : ${item}.`, en: `Unknown question: ${item}.` },
        },
      ];
    if (!isItemResponse(response) || response.kind !== 'text')
      return [
        {
          item,
          code: 'response_shape',
          message: {
            fr: 'Une réponse du livret est un texte de 20 000 caractères au plus.',
            en: 'An answer of the booklet is a text of at most 20,000 characters.',
          },
        },
      ];
    return [];
  });
}

/** The questions still without an answer (blank text is none), in the booklet's order. */
export function unansweredQuestions(
  booklet: CandidateQuestionnaire,
  responses: Readonly<Record<string, ItemResponse | undefined>>,
): string[] {
  return questionIds(booklet).filter((id) => {
    const response = responses[id];
    return response?.kind !== 'text' || response.text.trim() === '';
  });
}

/** Why a booklet may not be submitted yet, or undefined when every question is answered. */
export function submissionProblem(
  booklet: CandidateQuestionnaire,
  responses: Readonly<Record<string, ItemResponse | undefined>>,
): Message | undefined {
  const missing = unansweredQuestions(booklet, responses);
  if (missing.length === 0) return undefined;
  return {
    fr: `Répondez à chaque question avant d’envoyer le livret (${missing.length} sans réponse : ${missing.join(', ')}).`,
    en: `Answer every question before submitting the booklet (${missing.length} unanswered: ${missing.join(', ')}).`,
  };
}

type ReopeningRefusalCode = 'not_submitted' | 'file_decided' | 'file_withdrawn' | 'jury_begun';

export interface ReopeningRefusal {
  code: ReopeningRefusalCode;
  message: Message;
}

const REOPENING_REFUSALS: Record<ReopeningRefusalCode, Message> = {
  not_submitted: {
    fr: 'Ce livret n’est pas envoyé au jury : le candidat peut encore le modifier, il n’y a rien à rouvrir.',
    en: 'This booklet is not submitted to the jury: the candidate can still change it; there is nothing to re-open.',
  },
  file_decided: {
    fr: 'Le jury a rendu sa décision sur ce dossier : le livret ne peut plus être rouvert.',
    en: 'The jury has decided on this file: the booklet can no longer be re-opened.',
  },
  file_withdrawn: {
    fr: 'Ce dossier est abandonné : réinscrivez le candidat avant de rouvrir son livret.',
    en: 'This file is withdrawn: enrol the candidate again before re-opening their booklet.',
  },
  jury_begun: {
    fr: 'Le jury a commencé à évaluer ce candidat sur son livret : il ne peut plus être rouvert.',
    en: 'The jury has begun evaluating this candidate on their booklet: it can no longer be re-opened.',
  },
};

interface ReopeningState {
  booklet: VaeBookletStatus | undefined;
  file: CandidateState;
  juryBegun: boolean;
}

function reopeningRefusalCode(state: ReopeningState): ReopeningRefusalCode | undefined {
  if (state.booklet !== 'submitted') return 'not_submitted';
  if (state.file === 'decided') return 'file_decided';
  if (state.file === 'withdrawn') return 'file_withdrawn';
  if (state.juryBegun) return 'jury_begun';
  return undefined;
}

/**
 * Why a submitted booklet may not be re-opened for its candidate, or undefined when it may: only
 * a submitted booklet, while the jury has neither decided on the file nor begun evaluating the
 * candidate (a grid opened, an appreciation submitted) — the jury reads the booklet it decides
 * on. A withdrawn file is enrolled again first. Who may re-open is the server's policy.
 */
export function bookletReopeningRefusal(state: ReopeningState): ReopeningRefusal | undefined {
  const code = reopeningRefusalCode(state);
  return code && { code, message: REOPENING_REFUSALS[code] };
}

/** A re-opening says why, in writing (as the certifier's reopening of a deliberation does). */
export function reopeningReasonProblem(reason: string): Message | undefined {
  if (reason.trim() !== '') return undefined;
  return {
    fr: 'Écrivez le motif de la réouverture : le candidat le lira.',
    en: 'Write the reason for re-opening: the candidate will read it.',
  };
}
