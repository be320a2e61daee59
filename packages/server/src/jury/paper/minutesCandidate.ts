// One candidate in the minutes: the members' appreciations side by side (grille de report),
// the synthesis grid with tutor, trainer and jury per domain and its means (seed 000, slide
// 19), the decision, the blocs acquired where the rule set validates blocs on their own, every
// line of the explanation, the synthesis comment (seed 002: "Le président synthétise les
// commentaires en une formulation unique"), the signature and the reopenings.
import {
  formatNumber,
  type JuryMember,
  type MinutesCandidate,
  type MinutesDecision,
} from '@certeval/core';
import type { Content, TableCell } from 'pdfmake/interfaces.js';
import { FORM, framed, th } from './juryLayout.ts';
import { MINUTES } from './minutesTexts.ts';
import type { PaperFormat } from './paperFormat.ts';

function appreciations(
  candidate: MinutesCandidate,
  members: readonly JuryMember[],
  f: PaperFormat,
): Content[] {
  const comparison = candidate.appreciations;
  if (!comparison || comparison.domains.length === 0) return [];
  const ids = comparison.domains[0]?.members.map((m) => m.memberId) ?? [];
  const name = (id: string) => members.find((m) => m.personId === id)?.name ?? id;
  const mark = (divergent: boolean) => (divergent ? ' *' : '');
  const body: TableCell[][] = [
    [th(f.t(MINUTES.member)), ...comparison.domains.map((d) => th(d.label))],
    ...ids.map((id): TableCell[] => [
      name(id),
      ...comparison.domains.map(
        (d): TableCell => ({
          text: f.percent(d.members.find((m) => m.memberId === id)?.percentage),
          alignment: 'right',
        }),
      ),
    ]),
    [
      { text: f.t(MINUTES.spread), italics: true },
      ...comparison.domains.map(
        (d): TableCell => ({
          text: `${f.percent(d.spread)}${mark(d.divergent)}`,
          alignment: 'right',
          italics: true,
          ...(d.divergent ? { bold: true } : {}),
        }),
      ),
    ],
  ];
  const flagged = comparison.domains.some((d) => d.divergent);
  return [
    { text: f.t(MINUTES.report), style: 'h2' },
    {
      table: { headerRows: 1, widths: [130, ...comparison.domains.map(() => '*' as const)], body },
      layout: FORM,
    },
    ...(flagged
      ? [
          {
            text: f.t(MINUTES.divergent(formatNumber(comparison.threshold))),
            style: 'note',
            margin: [0, 2, 0, 0],
          } as Content,
        ]
      : []),
  ];
}

function synthesis(candidate: MinutesCandidate, f: PaperFormat): Content[] {
  const grid = candidate.grid;
  if (!grid) return [];
  const cells = (values: Array<number | null>, bold = false): TableCell[] =>
    values.map((v) => ({ text: f.percent(v), alignment: 'right', bold }));
  const verdicts = grid.units.map((u): TableCell => {
    const unit = candidate.decision?.units.find((d) => d.unit === u.code);
    return { text: unit ? f.t(unit.summary) : '—', alignment: 'center', bold: true };
  });
  const body: TableCell[][] = [
    [th(f.t(MINUTES.evaluation)), ...grid.units.map((u) => th(`${u.code} · ${u.label}`))],
    ...grid.rows.map((row, i): TableCell[] => [
      f.t(grid.instruments[i]?.label ?? { fr: '', en: '' }),
      ...cells(row),
    ]),
    [{ text: f.t(MINUTES.mean), bold: true }, ...cells(grid.means, true)],
    [{ text: f.t(MINUTES.result), bold: true }, ...verdicts],
  ];
  return [
    { text: f.t(MINUTES.synthesis), style: 'h2' },
    {
      table: { headerRows: 1, widths: [90, ...grid.units.map(() => '*' as const)], body },
      layout: FORM,
    },
  ];
}

/** The blocs acquired, CQP awarded or not, where the rule set validates blocs on their own. */
function blocsAcquired(d: MinutesDecision, f: PaperFormat): Content[] {
  if (!d.blocs) return [];
  const acquired = d.blocs.filter((b) => b.acquired);
  const heading = f.labelled(
    f.t(MINUTES.blocsAcquired),
    acquired.length === 0 ? f.t(MINUTES.noBlocAcquired) : '',
  );
  const line = (b: (typeof acquired)[number]) =>
    [b.bloc, b.label, b.validUntil ? f.t(MINUTES.validUntil(f.day(b.validUntil))) : '']
      .filter(Boolean)
      .join(' · ');
  return [
    { text: heading.trimEnd(), bold: true, margin: [0, 4, 0, 0] },
    ...(acquired.length > 0 ? [{ ul: acquired.map(line), fontSize: 8.5 } as Content] : []),
  ];
}

function decision(candidate: MinutesCandidate, f: PaperFormat): Content[] {
  const d = candidate.decision;
  if (!d) return [{ text: f.t(MINUTES.noDecision), style: 'verdict' }];
  return [
    { text: f.labelled(f.t(MINUTES.decision), f.t(d.summary)), style: 'verdict' },
    {
      text: f.labelled(
        f.t(MINUTES.ruleSet),
        f.t(MINUTES.ruleSetValue(d.ruleSet.id, d.ruleSet.version, d.referentialVersion)),
      ),
      style: 'note',
    },
    ...blocsAcquired(d, f),
    { text: f.t(MINUTES.explanation), style: 'h2' },
    { ul: d.explanation.map((line) => f.t(line)), fontSize: 8.5 },
  ];
}

function signature(candidate: MinutesCandidate, f: PaperFormat): Content[] {
  const signed = candidate.signature;
  const line = signed
    ? f.t(MINUTES.signedBy(signed.name, f.instant(signed.at)))
    : f.t(MINUTES.notSigned);
  const reopenings = candidate.reopenings.map(
    (r): Content => ({
      text: f.t(MINUTES.reopened(r.version, r.byName, f.instant(r.at), r.reason)),
      style: 'note',
    }),
  );
  return [
    {
      text: `${line} · ${f.t(MINUTES.version(candidate.version))}`,
      bold: true,
      margin: [0, 4, 0, 2],
    },
    ...reopenings,
  ];
}

export function candidateBlock(
  candidate: MinutesCandidate,
  members: readonly JuryMember[],
  f: PaperFormat,
): Content {
  const heading = [
    candidate.name,
    candidate.company ? `(${candidate.company})` : '',
    candidate.slot ? `· ${candidate.slot.start}-${candidate.slot.end}` : '',
  ]
    .filter(Boolean)
    .join(' ');
  return {
    stack: [
      { text: f.labelled(f.t(MINUTES.candidate), heading), style: 'h1' },
      ...appreciations(candidate, members, f),
      ...synthesis(candidate, f),
      ...decision(candidate, f),
      framed(f.t(MINUTES.comment), { text: candidate.comment ?? '—', style: 'box' }),
      ...signature(candidate, f),
    ],
    pageBreak: 'before',
  };
}
