// A France Compétences export that cannot be read (malformed or truncated XML, a CSV cut in the
// middle of a quoted field, an XML that is not the fiches' flux) is refused whole with the same
// located problem list as every other import: file, line, column, in French and English.
import { AppError, type ProblemDetail } from '../../platform/errors.ts';

export type RncpReadProblem = 'malformed_xml' | 'not_rncp_export' | 'malformed_csv' | 'not_a_zip';

type Message = { fr: string; en: string };
/** The parser's own words (English only), or ours in both languages. */
type Detail = string | Message;
const fr = (d: Detail) => (typeof d === 'string' ? d : d.fr);
const en = (d: Detail) => (typeof d === 'string' ? d : d.en);

const messages: Record<RncpReadProblem, (detail: Detail) => Message> = {
  malformed_xml: (detail) => ({
    fr: `Le fichier n’est pas un XML bien formé (tronqué ou abîmé) : ${fr(detail)}`,
    en: `The file is not well-formed XML (truncated or damaged): ${en(detail)}`,
  }),
  not_rncp_export: (root) => ({
    fr: `L’élément racine est « ${fr(root)} » : un export des fiches RNCP ou RS commence par FICHES.`,
    en: `The root element is "${en(root)}": an export of RNCP or RS fiches starts with FICHES.`,
  }),
  not_a_zip: (detail) => ({
    fr: `Le fichier n’est pas une archive zip lisible : ${fr(detail)}`,
    en: `The file is not a readable zip archive: ${en(detail)}`,
  }),
  malformed_csv: (detail) => ({
    fr: `Le fichier CSV est illisible (tronqué ou abîmé) : ${fr(detail)}`,
    en: `The CSV file cannot be read (truncated or damaged): ${en(detail)}`,
  }),
};

export interface ReadPosition {
  file: string;
  line?: number;
  column?: number;
}

export function readProblem(
  code: RncpReadProblem,
  at: ReadPosition,
  detail: Detail,
): ProblemDetail {
  return {
    code,
    path: at.file,
    file: at.file,
    ...(at.line !== undefined && { line: at.line }),
    ...(at.column !== undefined && { column: String(at.column) }),
    message: messages[code](detail),
  };
}

/** Nothing of the export is imported: here is why, located. */
export const exportInvalid = (problems: ProblemDetail[]) =>
  new AppError('import_invalid', undefined, undefined, problems);
