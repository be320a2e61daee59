import { describe, expect, it } from 'vitest';
import { cqpAgcVersion, loadInstrument } from '../instruments/testData.testing.ts';
import { bookletEvidence, evaluatingItems } from './bookletEvidence.ts';

const tree = [
  { code: 'M1' },
  { code: 'M1A1', parent: 'M1' },
  { code: 'M1A2', parent: 'M1' },
  { code: 'M2' },
  { code: 'M2A1', parent: 'M2' },
  { code: 'POC1' },
];

describe('bookletEvidence', () => {
  it('links an answer to the lines evaluating the same code, a code above it or below it', () => {
    const booklet = [
      { id: 'q1', evaluates: ['M1A1'] },
      { id: 'q2', evaluates: ['M2'] },
      { id: 'q3', evaluates: ['POC1'] },
    ];
    const grid = [
      { id: 'mission', evaluates: ['M1'] },
      { id: 'activity', evaluates: ['M2A1'] },
      { id: 'same', evaluates: ['M1A1'] },
      { id: 'sibling', evaluates: ['M1A2'] },
      { id: 'none', evaluates: [] },
    ];
    expect(bookletEvidence(booklet, grid, tree)).toEqual({
      linesOfAnswer: { q1: ['mission', 'same'], q2: ['activity'] },
      answersOfLine: { mission: ['q1'], activity: ['q2'], same: ['q1'] },
    });
  });

  it('links nothing when nothing is shared, and survives a cycle in a broken tree', () => {
    const cycle = [
      { code: 'A', parent: 'B' },
      { code: 'B', parent: 'A' },
    ];
    expect(
      bookletEvidence([{ id: 'q', evaluates: ['A'] }], [{ id: 'l', evaluates: ['C'] }], cycle),
    ).toEqual({ linesOfAnswer: {}, answersOfLine: {} });
  });

  it('gives each line of the shipped jury guide the answers of the VAE booklet that support it', () => {
    const version = cqpAgcVersion();
    const booklet = evaluatingItems(loadInstrument('cqp-agc-vae-booklet.yaml', version));
    const guide = evaluatingItems(loadInstrument('cqp-agc-jury-guide.yaml', version));
    const { answersOfLine, linesOfAnswer } = bookletEvidence(booklet, guide, version.nodes);
    // R.1 evaluates the mission M3: every question of the booklet's M3 section supports it.
    expect(answersOfLine['R.1']).toEqual(['vae-M3-R', 'vae-M3-PO', 'vae-M3-OT']);
    // PO.1 evaluates the mission M2 (and two knowledge items no question evaluates).
    expect(answersOfLine['PO.1']).toEqual(['vae-M2-PO', 'vae-M2-OT']);
    // Lines on one activity: the question describing that activity.
    expect(answersOfLine['R.3']).toEqual(['vae-M2-PO']);
    expect(answersOfLine['OT.1']).toEqual(['vae-M1-OT']);
    expect(answersOfLine['OT.2']).toEqual(['vae-M4-R']);
    // Every line of the guide has evidence in the booklet; both directions agree.
    expect(Object.keys(answersOfLine).sort()).toEqual(guide.map((line) => line.id).sort());
    for (const [line, answers] of Object.entries(answersOfLine))
      for (const answer of answers) expect(linesOfAnswer[answer]).toContain(line);
    // The M5 questions describe activities no line of the guide observes.
    expect(linesOfAnswer['vae-M5-R']).toBeUndefined();
  });
});
