// The blocs of an RNCP fiche as referential nodes: one `bloc` node per bloc, its competence
// list kept as published (one free text) in `description`, and its evaluation modalities as
// one `evaluation_modality` node under it, coded <bloc>.EM1 as in cqp-agc.yaml.
import type { Discrepancy, ReferentialNode } from '../fileSchema.ts';
import { cleanText } from './clean.ts';
import type { RncpBlocRecord } from './record.ts';
import { rncpMessages as m, type WarningSink } from './warnings.ts';

export interface BlocNodes {
  nodes: ReferentialNode[];
  discrepancies: Discrepancy[];
  /** The bloc codes as the fiche prints them, to check correspondences against. */
  codes: Set<string>;
}

interface CleanBloc {
  code: string;
  label: string;
  competences: string | undefined;
  evaluation: string | undefined;
  source: string;
  at: RncpBlocRecord['source'];
}

function cleanBloc(bloc: RncpBlocRecord, i: number, number: string, sink: WarningSink): CleanBloc {
  const path = `$.blocs[${i}]`;
  let code = cleanText(bloc.code);
  if (code === undefined) {
    code = `${number}.BLOC${i + 1}`;
    sink.add('bloc_without_code', `${path}.code`, m.blocWithoutCode(code), bloc.source);
  }
  let label = cleanText(bloc.label);
  if (label === undefined) {
    label = code;
    sink.add('bloc_without_label', `${path}.label`, m.blocWithoutLabel(code), bloc.source);
  }
  const competences = cleanText(bloc.competences);
  const evaluation = cleanText(bloc.evaluation);
  const source = `fiche ${number}, BLOC_COMPETENCES n°${i + 1}`;
  return { code, label, competences, evaluation, source, at: bloc.source };
}

function nodesOf(bloc: CleanBloc, code: string): ReferentialNode[] {
  const node: ReferentialNode = { type: 'bloc', code, label: bloc.label, source: bloc.source };
  if (code !== bloc.code) node.printedCode = bloc.code;
  if (bloc.competences !== undefined) node.description = bloc.competences;
  if (bloc.evaluation === undefined) return [node];
  const modality: ReferentialNode = {
    type: 'evaluation_modality',
    code: `${code}.EM1`,
    parent: code,
    label: bloc.evaluation,
    source: bloc.source,
  };
  return [node, modality];
}

const sameContent = (a: CleanBloc, b: CleanBloc) =>
  a.label === b.label && a.competences === b.competences && a.evaluation === b.evaluation;

/** A free code for the n-th repeat of a bloc code: RNCP1BC01-2, RNCP1BC01-3… */
function repeatCode(code: string, taken: Set<string>): string {
  let n = 2;
  while (taken.has(`${code}-${n}`)) n++;
  return `${code}-${n}`;
}

/**
 * Repeated bloc codes are a known defect of the export: an identical repeat is dropped, a
 * differing one is kept under a suffixed code (printedCode keeps the printed one) and recorded
 * as a discrepancy of the version.
 */
export function blocNodes(blocs: readonly RncpBlocRecord[], number: string, sink: WarningSink) {
  const result: BlocNodes = { nodes: [], discrepancies: [], codes: new Set() };
  const kept = new Map<string, CleanBloc[]>();
  const taken = new Set<string>();
  blocs.forEach((raw, i) => {
    const bloc = cleanBloc(raw, i, number, sink);
    const earlier = kept.get(bloc.code) ?? [];
    let code = bloc.code;
    if (earlier.length > 0) {
      const path = `$.blocs[${i}].code`;
      if (earlier.some((other) => sameContent(other, bloc))) {
        sink.add('duplicate_bloc', path, m.duplicateBlocDropped(bloc.code), bloc.at);
        return;
      }
      code = repeatCode(bloc.code, taken);
      sink.add('duplicate_bloc', path, m.duplicateBlocRenamed(bloc.code, code), bloc.at);
      result.discrepancies.push({
        codes: [bloc.code, code],
        source: bloc.source,
        note: `Bloc code ${bloc.code} is printed more than once with different contents; the repeat is kept as ${code}.`,
        noteFr: `Le code de bloc ${bloc.code} est imprimé plusieurs fois avec des contenus différents ; la répétition est conservée sous ${code}.`,
      });
    }
    kept.set(bloc.code, [...earlier, bloc]);
    taken.add(code);
    result.codes.add(bloc.code);
    result.nodes.push(...nodesOf(bloc, code));
  });
  return result;
}
