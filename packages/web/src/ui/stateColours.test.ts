import { CANDIDATE_STATES, PROJECT_STATUSES } from '@certeval/core/candidates/fileStates';
import { CERTIFICATE_STATUSES } from '@certeval/core/certificates/certificateData';
import { INSTRUMENT_STATUSES } from '@certeval/core/instruments/schema';
import {
  DELIBERATION_STATUSES,
  JURY_SESSION_STATUSES,
} from '@certeval/core/jury/deliberationStates';
import { INVITATION_STATUSES } from '@certeval/core/organisation/invitations';
import { VERSION_STATUSES } from '@certeval/core/referential/fileSchema';
import { MEMBER_GRID_STATUSES } from '@certeval/core/worklist/deliberationBlockers';
import { EVALUATION_STATUSES } from '@certeval/core/worklist/evaluatorTasks';
import { DEFAULT_THEME } from '@mantine/core';
import { describe, expect, it } from 'vitest';
import { theme } from '../app/theme.ts';
import { STATE_TONES, type StateKind, stateColour, TONES } from './stateColours.ts';

// The core's enums, each with the kind of state the palette files it under: a state added to
// one of them without a colour fails here.
const ENUMS: Array<[StateKind, readonly string[]]> = [
  ['candidate', CANDIDATE_STATES],
  ['project', PROJECT_STATUSES],
  ['evaluation', EVALUATION_STATUSES],
  ['session', JURY_SESSION_STATUSES],
  ['deliberation', DELIBERATION_STATUSES],
  ['memberGrid', MEMBER_GRID_STATUSES],
  ['certificate', CERTIFICATE_STATUSES],
  ['publication', INSTRUMENT_STATUSES],
  ['publication', VERSION_STATUSES],
  ['invitation', INVITATION_STATUSES],
];

/** The hexadecimal colour the theme gives to `name.shade`. */
function hexOf(colour: string): string {
  const [name = '', shade = '0'] = colour.split('.');
  const shades = theme.colors?.[name] ?? DEFAULT_THEME.colors[name];
  const hex = shades?.[Number(shade)];
  if (!hex) throw new Error(`no colour ${colour}`);
  return hex;
}

/** WCAG 2 contrast ratio of white text on a colour. */
function contrastWithWhite(hex: string): number {
  const channels = [1, 3, 5].map((i) => Number.parseInt(hex.slice(i, i + 2), 16) / 255);
  const [r = 0, g = 0, b = 0] = channels.map((c) =>
    c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4,
  );
  const luminance = 0.2126 * r + 0.7152 * g + 0.0722 * b;
  return 1.05 / (luminance + 0.05);
}

describe('the colours of the states of a file', () => {
  for (const [kind, states] of ENUMS)
    it(`gives every ${kind} state of the core a tone, and no other`, () => {
      const tones: Record<string, string> = STATE_TONES[kind];
      for (const state of states) expect(Object.keys(TONES)).toContain(tones[state]);
      expect(Object.keys(tones).sort()).toEqual([...states].sort());
    });

  it('means the same colour for the same meaning in every kind', () => {
    expect(stateColour('certificate', 'valid')).toBe(stateColour('session', 'signed'));
    expect(stateColour('certificate', 'revoked')).toBe(stateColour('candidate', 'withdrawn'));
    expect(stateColour('certificate', 'suspended')).toBe(stateColour('project', 'submitted'));
    expect(stateColour('certificate', 'revoked')).not.toBe(stateColour('certificate', 'valid'));
  });

  it('keeps white text readable (WCAG AA, 4.5:1) on every tone', () => {
    for (const colour of Object.values(TONES))
      expect(contrastWithWhite(hexOf(colour)), colour).toBeGreaterThanOrEqual(4.5);
  });

  it('tells the tones apart', () => {
    const colours = Object.values(TONES);
    expect(new Set(colours).size).toBe(colours.length);
  });
});
