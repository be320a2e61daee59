import { deliberate } from '@certeval/core/deliberation/deliberate';
import { cqpEvidence, cqpRules } from '@certeval/core/deliberation/testSupport.testing';
import { describe, expect, it } from 'vitest';
import { formatPoints } from './juryModel.ts';
import { verdictLines } from './verdictLines.ts';

function decided(evidence: Parameters<typeof cqpEvidence>[0]) {
  const decision = deliberate(cqpRules(), cqpEvidence(evidence));
  if (decision.status !== 'decided') throw new Error('undecidable');
  return decision;
}

describe('the deliberation panel’s lines', () => {
  it('lead with one line per domain and the final verdict; savoir-faire fold under their domain', () => {
    const lines = verdictLines(
      decided({
        tutor: { R: 80, PO: 80, OT: [80, 20] },
        trainer: { R: 80, PO: 80, OT: 80 },
        jury: { R: 80, PO: 80, OT: 80 },
      }),
    );
    expect(lines.lead.map((l) => [l.key, l.passed])).toEqual([
      ['R', true],
      ['PO', true],
      ['OT', false],
    ]);
    expect(lines.lead.map((l) => l.text.fr).join('\n')).not.toMatch(/savoir-faire/i);
    expect(lines.final).toMatchObject({ passed: false });
    expect(lines.final.text.fr).toMatch(/non attribué/);
    const ot = lines.units.find((u) => u.key === 'OT');
    expect(ot?.knowHow).toHaveLength(2);
    expect(ot?.knowHow[1]?.fr).toMatch(/OTSF2/);
    expect(ot?.conditions.join('')).not.toMatch(/OTSF/);
    // Every line of the explanation is somewhere: in a unit, the lead or the final part.
    const shown = new Set(
      [
        ...lines.lead.map((l) => l.text),
        lines.final.text,
        ...lines.units.flatMap((u) => [u.text, ...u.conditions, ...u.knowHow]),
        ...lines.finalConditions,
      ].map((t) => t.en),
    );
    const decision = decided({
      tutor: { R: 80, PO: 80, OT: [80, 20] },
      trainer: { R: 80, PO: 80, OT: 80 },
      jury: { R: 80, PO: 80, OT: 80 },
    });
    expect(decision.explanation.filter((l) => !shown.has(l.en))).toEqual([]);
  });
});

describe('a spread', () => {
  it('is written in points, in the reader’s language', () => {
    expect(formatPoints(70, 'fr')).toBe('70 points');
    expect(formatPoints(12.5, 'fr')).toBe('12,5 points');
    expect(formatPoints(1, 'fr')).toBe('1 point');
    expect(formatPoints(0, 'en')).toBe('0 points');
    expect(formatPoints(null, 'fr')).toBe('—');
  });
});
