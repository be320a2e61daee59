// A convocation says when, where, how long and what to bring, in the certification's words.
import { describe, expect, it } from 'vitest';
import { convocationOf, VAE_CONVOCATION } from './convocation.ts';
import { cqpJuryRule, titleJuryRule } from './juryTestData.testing.ts';

const input = {
  session: {
    certification: { id: 'cqp-agc', title: 'CQP Assistant(e) de Gestion Client' },
    certifier: { name: 'Commission paritaire démo de l’alimentaire' },
    date: '2026-03-12',
    venue: { kind: 'remote' as const, link: 'https://visio.example.org/jury-2026-03' },
  },
  candidate: { name: 'Hélène Lefèvre-Nguyễn', accommodations: [] },
  slot: { start: '09:45', end: '10:30' },
  issuedOn: '2026-02-20',
};

describe('the convocation letter', () => {
  it('asks a CQP AGC candidate to present their work tools (seed 002), for 45 minutes', () => {
    const letter = convocationOf(cqpJuryRule(), input);
    expect(letter.minutes).toBe(45);
    expect(letter.programme[0]?.fr).toBe('Présentation de votre outil de travail');
    expect(letter.bring[0]?.fr).toContain("tableau de bord, liste d'appels");
    expect(letter.candidate).toEqual({ name: 'Hélène Lefèvre-Nguyễn' });
    expect(letter.venue).toEqual(input.session.venue);
  });

  it('asks a seed 003 candidate for their report, and carries the agreed accommodations', () => {
    const letter = convocationOf(titleJuryRule(), {
      ...input,
      slot: { start: '14:00', end: '14:30' },
      candidate: { name: 'Lucas Moreau', accommodations: ['Tiers temps'] },
    });
    expect([letter.minutes, letter.bring[0]?.fr, letter.candidate.accommodations]).toEqual([
      30,
      'Votre rapport écrit (projet de pérennisation)',
      ['Tiers temps'],
    ]);
  });

  it('tells a VAE candidate of the oral presentation and the interview on their booklet (seed 001), not of the workstation', () => {
    const letter = convocationOf(cqpJuryRule(), { ...input, pathway: 'vae' });
    expect(letter.programme).toEqual(VAE_CONVOCATION.programme);
    expect(letter.programme.map((p) => p.fr).join(' ')).toMatch(
      /Présentation orale .* livret descriptif d’activité .* Entretien avec les membres du jury/,
    );
    expect(JSON.stringify(letter)).not.toMatch(/poste de travail|outil de travail/);
    expect([letter.minutes, letter.slot, letter.venue, letter.date]).toEqual([
      45,
      input.slot,
      input.session.venue,
      '2026-03-12',
    ]);
    expect(convocationOf(cqpJuryRule(), { ...input, pathway: 'training' }).programme[0]?.fr).toBe(
      'Présentation de votre outil de travail',
    );
  });
});
