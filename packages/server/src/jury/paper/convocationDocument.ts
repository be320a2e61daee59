// The convocation letter as a pdfmake document: sender and recipient, the day, slot and
// length, the place or the link, how the test runs and what to bring (the certification's
// words, rule set `jury.convocation`), the accommodations agreed or how to ask for one.
import type { ConvocationLetter } from '@certeval/core';
import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces.js';
import { defaultStyle, factsTable, PAGE_MARGINS, pageFooter, styles } from './juryLayout.ts';
import { CONVOCATION, MINUTES } from './minutesTexts.ts';
import type { PaperFormat } from './paperFormat.ts';

function addresses(letter: ConvocationLetter): Content {
  return {
    columns: [
      {
        stack: [{ text: letter.certifier.name, bold: true }, ...(letter.certifier.address ?? [])],
        width: '*',
      },
      {
        stack: [{ text: letter.candidate.name, bold: true }, ...(letter.candidate.address ?? [])],
        width: 220,
        margin: [0, 48, 0, 0],
      },
    ],
    margin: [0, 0, 0, 24],
  };
}

function practical(letter: ConvocationLetter, f: PaperFormat): Content[] {
  const where: Array<[string, string]> =
    letter.venue.kind === 'on_site'
      ? [[f.t(CONVOCATION.place), letter.venue.place]]
      : [[f.t(CONVOCATION.link), letter.venue.link]];
  return [
    factsTable([
      [f.t(CONVOCATION.date), f.longDay(letter.date)],
      [f.t(CONVOCATION.time), `${letter.slot.start} - ${letter.slot.end}`],
      [f.t(CONVOCATION.duration), f.t(CONVOCATION.minutes(letter.minutes))],
      ...where,
    ]),
    ...(letter.venue.kind === 'remote'
      ? [{ text: f.t(CONVOCATION.remoteNote), margin: [0, 0, 0, 6] } as Content]
      : []),
  ];
}

function lists(letter: ConvocationLetter, f: PaperFormat): Content[] {
  const section = (heading: string, items: string[]): Content[] =>
    items.length === 0
      ? []
      : [
          { text: heading, style: 'h2' },
          { ul: items, margin: [0, 0, 0, 4] },
        ];
  const accommodations = letter.candidate.accommodations ?? [];
  return [
    ...section(f.t(CONVOCATION.programme), letter.programme.map(f.t)),
    ...section(f.t(CONVOCATION.bring), letter.bring.map(f.t)),
    ...(accommodations.length > 0
      ? section(f.t(CONVOCATION.accommodations), accommodations)
      : [{ text: f.t(CONVOCATION.accommodationsHint), margin: [0, 6, 0, 0] } as Content]),
    ...(letter.certifier.contact
      ? [
          {
            text: f.t(CONVOCATION.contact(letter.certifier.contact)),
            margin: [0, 4, 0, 0],
          } as Content,
        ]
      : []),
  ];
}

function signatureBlock(letter: ConvocationLetter, f: PaperFormat): Content {
  const who = letter.signatory;
  return {
    stack: [
      { text: f.t(CONVOCATION.closing), margin: [0, 12, 0, 16] },
      { text: f.t(CONVOCATION.onBehalf(letter.certifier.name)) },
      ...(who ? [{ text: who.name, bold: true }, ...(who.title ? [{ text: who.title }] : [])] : []),
    ],
    margin: [260, 0, 0, 0],
    unbreakable: true,
  };
}

export function convocationDocument(
  letter: ConvocationLetter,
  f: PaperFormat,
): TDocumentDefinitions {
  const title = letter.certification.title;
  return {
    info: { title: f.t(CONVOCATION.subject(title)), creator: 'Certeval', producer: 'Certeval' },
    language: f.lang === 'fr' ? 'fr-FR' : 'en-GB',
    pageSize: 'A4',
    pageMargins: PAGE_MARGINS,
    footer: pageFooter(letter.certifier.name, (n, of) => f.t(MINUTES.page(n, of))),
    content: [
      addresses(letter),
      {
        text: f.t(CONVOCATION.issued(undefined, f.longDay(letter.issuedOn))),
        alignment: 'right',
        margin: [0, 0, 0, 16],
      },
      { text: f.t(CONVOCATION.subject(title)), bold: true, margin: [0, 0, 0, 12] },
      { text: f.t(CONVOCATION.salutation), margin: [0, 0, 0, 8] },
      {
        text: f.t(
          CONVOCATION.body(
            title,
            f.longDay(letter.date),
            letter.slot.start,
            letter.slot.end,
            letter.minutes,
          ),
        ),
        margin: [0, 0, 0, 10],
      },
      ...practical(letter, f),
      ...lists(letter, f),
      signatureBlock(letter, f),
    ],
    styles,
    defaultStyle,
  };
}
