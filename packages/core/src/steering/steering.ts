// The company project's steering committee (seed 000, slide 3: "Comité de pilotage", between
// the candidates' positioning and the follow-up booklet): its members, its meetings, and the
// minutes of each meeting kept as the PDF the company wrote. Pure rules; the shell stores.
import { checkDocument } from '../candidates/vaeBooklet.ts';

type Message = { fr: string; en: string };

/** How many documents one meeting holds (each at most the VAE documents' 10 MB). */
export const MINUTES_MAX_COUNT = 10;

export type MinutesCheck =
  | { ok: true; fileName: string }
  | {
      ok: false;
      code: 'document_name' | 'document_empty' | 'document_size' | 'document_type';
      message: Message;
    };

/**
 * Whether a file may be attached as a meeting's minutes: the VAE documents' checks (a name,
 * not empty, at most 10 MB, its kind known by extension and first bytes), and a PDF only —
 * minutes are read and kept as they were written, not edited.
 */
export function checkMinutes(file: {
  fileName: string;
  size: number;
  head: Uint8Array;
}): MinutesCheck {
  const checked = checkDocument(file);
  if (!checked.ok) return checked;
  if (checked.contentType !== 'application/pdf')
    return {
      ok: false,
      code: 'document_type',
      message: {
        fr: `« ${checked.fileName} » n’est pas un PDF : joignez le compte rendu en PDF.`,
        en: `"${checked.fileName}" is not a PDF: attach the minutes as a PDF.`,
      },
    };
  return { ok: true, fileName: checked.fileName };
}

/** Why minutes may not be attached to this meeting yet: it has not taken place. */
export function minutesTooEarly(meetingDate: string, today: string): Message | undefined {
  if (meetingDate <= today) return undefined;
  return {
    fr: 'Ce comité n’a pas encore eu lieu : son compte rendu se joint après la réunion.',
    en: 'This meeting has not taken place yet: its minutes are attached after it.',
  };
}

export interface CommitteeMember {
  name: string;
  role: string;
}

/** The members as they will be kept: names and roles trimmed, blank lines left out. */
export function cleanMembers(members: readonly CommitteeMember[]): CommitteeMember[] {
  return members
    .map((m) => ({ name: m.name.trim(), role: m.role.trim() }))
    .filter((m) => m.name.length > 0);
}
