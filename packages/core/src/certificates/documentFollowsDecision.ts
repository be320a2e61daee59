// A document follows the decision it was issued from (issue 14). While the certifier reopens
// that decision, the document is suspended; when the jury signs again, it stands if the new
// decision gives the same document — the same kind and the same units, acquired or not, with
// the same percentages — and is revoked otherwise, so that the new decision's own document
// can be issued. And a document is never dated before its decision: it is issued from the
// day the jury met, in the certifier's time zone.
import {
  type CertificateData,
  type DecisionSummary,
  documentKindOf,
  documentUnits,
} from './certificateData.ts';

const unitKey = (unit: CertificateData['units'][number]) =>
  JSON.stringify([unit.code, unit.acquired, unit.percentage ?? null]);

/** Whether `issued` still says what `decision` gives. */
export function documentStands(
  issued: Pick<CertificateData, 'kind' | 'units'>,
  decision: DecisionSummary,
): boolean {
  const kind = documentKindOf(decision);
  if (kind !== issued.kind) return false;
  const given = documentUnits(decision, kind).units.map(unitKey);
  const listed = issued.units.map(unitKey);
  return given.length === listed.length && given.every((unit, i) => unit === listed[i]);
}

/** Whether a decision of `decisionDate` may give its documents on `today` (both YYYY-MM-DD). */
export const issuableOn = (decisionDate: string, today: string): boolean => today >= decisionDate;
