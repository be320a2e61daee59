// How the jury's documents write dates, times and percentages, in French or English. Times
// of signatures are instants (ISO 8601 with an offset) shown in the session's time zone;
// days (YYYY-MM-DD) and slot times (HH:MM) are printed as given.
import { formatNumber, type LocalText } from '@certeval/core';

export type PaperLang = 'fr' | 'en';

export interface PaperOptions {
  lang?: PaperLang;
  /** IANA time zone the signatures are shown in; Europe/Paris unless said. */
  timeZone?: string;
}

export interface PaperFormat {
  lang: PaperLang;
  t: (text: LocalText) => string;
  /** "12/03/2026" */
  day: (isoDay: string) => string;
  /** "jeudi 12 mars 2026" / "Thursday, 12 March 2026" */
  longDay: (isoDay: string) => string;
  /** "12/03/2026 à 17:05" / "12/03/2026 at 17:05" */
  instant: (iso: string) => string;
  /** "71,67 %" / "71.67%"; "—" for nothing. */
  percent: (value: number | null | undefined) => string;
  /** "Décision : CQP attribué" / "Decision: CQP awarded" (French typography: a space before). */
  labelled: (label: string, value: string) => string;
}

const LOCALES: Record<PaperLang, string> = { fr: 'fr-FR', en: 'en-GB' };

function dayParts(isoDay: string): Date | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDay);
  return match
    ? new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])))
    : undefined;
}

export function paperFormat(options: PaperOptions = {}): PaperFormat {
  const lang = options.lang ?? 'fr';
  const locale = LOCALES[lang];
  const timeZone = options.timeZone ?? 'Europe/Paris';
  const numeric = new Intl.DateTimeFormat(locale, {
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    timeZone: 'UTC',
  });
  const long = new Intl.DateTimeFormat(locale, { dateStyle: 'full', timeZone: 'UTC' });
  const date = new Intl.DateTimeFormat(locale, {
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    timeZone,
  });
  const time = new Intl.DateTimeFormat(locale, {
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZone,
  });
  return {
    lang,
    t: (text) => text[lang],
    day: (isoDay) => {
      const d = dayParts(isoDay);
      return d ? numeric.format(d) : isoDay;
    },
    longDay: (isoDay) => {
      const d = dayParts(isoDay);
      return d ? long.format(d) : isoDay;
    },
    instant: (iso) => {
      const d = new Date(iso);
      if (Number.isNaN(d.getTime())) return iso;
      return `${date.format(d)} ${lang === 'fr' ? 'à' : 'at'} ${time.format(d)}`;
    },
    percent: (value) => {
      if (value === null || value === undefined || Number.isNaN(value)) return '—';
      const n = formatNumber(value);
      return lang === 'fr' ? `${n.fr} %` : `${n.en}%`;
    },
    labelled: (label, value) => (lang === 'fr' ? `${label} : ${value}` : `${label}: ${value}`),
  };
}
