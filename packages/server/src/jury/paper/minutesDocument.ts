// The procès-verbal of a jury session as a pdfmake document (issue 6, item 4): the session
// (certifier, date, place or remote link, rule set), the jury and each member's seat (seed
// 001), the candidates, one page per candidate (minutesCandidate.ts), and last the signatures
// and the lock with the fingerprint of the content. Pure: data in, document definition out.
import { type Minutes, memberQuality, presidentOf } from '@certeval/core';
import type { Content, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces.js';
import {
  defaultStyle,
  FORM,
  factsTable,
  framed,
  PAGE_MARGINS,
  pageFooter,
  runningHeader,
  styles,
  th,
} from './juryLayout.ts';
import { candidateBlock } from './minutesCandidate.ts';
import { MINUTES } from './minutesTexts.ts';
import type { PaperFormat } from './paperFormat.ts';

function sessionFacts(minutes: Minutes, f: PaperFormat): Content {
  const { session } = minutes;
  const venue =
    session.venue.kind === 'on_site'
      ? f.labelled(f.t(MINUTES.onSite), session.venue.place)
      : f.labelled(f.t(MINUTES.remote), session.venue.link);
  const decided = minutes.candidates.find((c) => c.decision)?.decision;
  const rows: Array<[string, string]> = [
    [f.t(MINUTES.certifier), session.certifier.name],
    [f.t(MINUTES.date), f.longDay(session.date)],
    [f.t(MINUTES.venue), venue],
    ...(decided
      ? [
          [
            f.t(MINUTES.ruleSet),
            f.t(
              MINUTES.ruleSetValue(
                decided.ruleSet.id,
                decided.ruleSet.version,
                decided.referentialVersion,
              ),
            ),
          ] as [string, string],
        ]
      : []),
    [f.t(MINUTES.session), session.id],
  ];
  return factsTable(rows);
}

function juryTable(minutes: Minutes, f: PaperFormat): Content[] {
  const body: TableCell[][] = [
    [th(f.t(MINUTES.name)), th(f.t(MINUTES.quality)), th(f.t(MINUTES.organisation))],
    ...minutes.session.members.map((m): TableCell[] => [
      m.name,
      f.t(memberQuality(m)),
      m.organisationName ?? '—',
    ]),
  ];
  return [
    { text: f.t(MINUTES.jury), style: 'h1' },
    { table: { headerRows: 1, widths: ['*', '*', '*'], body }, layout: FORM },
  ];
}

function candidatesTable(minutes: Minutes, f: PaperFormat): Content[] {
  const body: TableCell[][] = [
    [
      th(f.t(MINUTES.slot)),
      th(f.t(MINUTES.candidate)),
      th(f.t(MINUTES.company)),
      th(f.t(MINUTES.decision)),
    ],
    ...minutes.candidates.map((c): TableCell[] => [
      c.slot ? `${c.slot.start}-${c.slot.end}` : '—',
      c.name,
      c.company ?? '—',
      c.decision ? f.t(c.decision.summary) : f.t(MINUTES.noDecision),
    ]),
  ];
  return [
    { text: f.t(MINUTES.candidates), style: 'h1' },
    { table: { headerRows: 1, widths: [60, '*', '*', 110], body }, layout: FORM },
  ];
}

function closing(minutes: Minutes, hash: string, f: PaperFormat): Content {
  const president = presidentOf(minutes.session.members);
  const signed = minutes.signature;
  const presidentLine = signed
    ? f.t(MINUTES.presidentSigned(signed.name, f.instant(signed.at)))
    : f.t(MINUTES.presidentPending(president?.name ?? '—'));
  const others = minutes.session.members
    .filter((m) => m !== president)
    .map((m) => `${m.name} (${f.t(memberQuality(m))})`);
  return {
    stack: [
      { text: f.t(MINUTES.signatures), style: 'h1' },
      { text: presidentLine, bold: true, margin: [0, 0, 0, 4] },
      { text: f.labelled(f.t(MINUTES.members), others.join(' ; ')), margin: [0, 0, 0, 8] },
      framed(
        minutes.locked ? f.t(MINUTES.locked) : f.t(MINUTES.draft),
        { text: f.labelled(f.t(MINUTES.hash), hash), fontSize: 8, bold: true },
        minutes.locked ? '#eef5ee' : '#fbeeee',
      ),
    ],
    unbreakable: true,
  };
}

/** The procès-verbal; `hash` is minutesHash(minutes), printed on every page. */
export function minutesDocument(
  minutes: Minutes,
  hash: string,
  f: PaperFormat,
): TDocumentDefinitions {
  const title = f.t(MINUTES.title);
  const { session } = minutes;
  return {
    info: {
      title: `${title} ${session.certification.title} ${session.date}`,
      creator: 'Certeval',
      producer: 'Certeval',
    },
    language: f.lang === 'fr' ? 'fr-FR' : 'en-GB',
    pageSize: 'A4',
    pageMargins: PAGE_MARGINS,
    header: runningHeader(title, `${session.certification.title} · ${f.day(session.date)}`),
    footer: pageFooter(`SHA-256 ${hash}`, (n, of) => f.t(MINUTES.page(n, of))),
    content: [
      { text: title, style: 'title' },
      { text: session.certification.title, style: 'subtitle' },
      sessionFacts(minutes, f),
      ...juryTable(minutes, f),
      ...candidatesTable(minutes, f),
      ...minutes.candidates.map((c) => candidateBlock(c, session.members, f)),
      closing(minutes, hash, f),
    ],
    styles,
    defaultStyle,
  };
}
