// Test support, imported only by *.test.ts: a CQP AGC jury session of fictional people taken
// through core's jury domain the way the service will — members' grids on the jury guide,
// the president's agreement, the engine's decision, the signature — then its minutes and a
// convocation letter.
import {
  type Agreement,
  agree,
  applyCommand,
  type CandidateDeliberation,
  type ConvocationLetter,
  compareMembers,
  convocationOf,
  type Deliberation,
  type DeliberationCommand,
  deliberate,
  deliberateWithJury,
  type JurySession,
  type Minutes,
  memberReport,
  minutesOf,
  type Pathway,
  startDeliberation,
} from '@certeval/core';
import {
  cqpEvidence,
  cqpRules,
  vaeEvidence,
} from '@certeval/core/deliberation/testSupport.testing';
import {
  cqpJuryRule,
  cqpMembers,
  cqpRuleSet,
  juryGuide,
  vaeCompiledRules,
} from '@certeval/core/jury/juryTestData.testing';

const guide = juryGuide();
const rules = cqpRules();
const ruleSet = cqpRuleSet();
const president = { kind: 'member' as const, personId: 'p-dubreuil' };
/** Signed on the day the jury sits. */
const SIGNING_DAYS = { signedOn: '2026-03-12', sessionDate: '2026-03-12' };

export const session: JurySession = {
  id: 'jury-2026-03-12',
  certification: { id: 'cqp-agc', title: 'CQP Assistant(e) de Gestion Client' },
  certifier: { id: 'org-cpne', name: 'Commission paritaire démo de l’alimentaire' },
  date: '2026-03-12',
  venue: { kind: 'on_site', place: 'Biscuiterie des Trois Vallées, salle « Garonne », Épinal' },
  members: cqpMembers(),
};

type Grids = Record<string, Record<string, number>>;
type Decide = (agreement: Agreement) => Deliberation;

/** The training route: the tutor's and the trainer's results beside the jury's agreement. */
const trainingDecision: Decide = (agreement) =>
  deliberateWithJury(
    rules,
    cqpEvidence({ tutor: { R: 82, PO: 76, OT: 71 }, trainer: { R: 74, PO: 80, OT: 68 } }),
    agreement,
  );

/** The VAE route: the jury alone, every savoir-faire appreciated at 80 (booklet, interview). */
const vaeDecision: Decide = (agreement) => {
  const vae = vaeCompiledRules();
  return deliberate(vae, vaeEvidence({ ...agreement.percentages }, {}, vae.facts));
};

function deliberation(
  candidateId: string,
  grids: Grids,
  agreed: Record<string, number | 'mean'>,
  comment: string,
  signAt?: string,
  decide: Decide = trainingDecision,
): CandidateDeliberation {
  const reports = Object.entries(grids).map(([memberId, observations]) => {
    const report = memberReport(guide, { memberId, observations });
    if (!report.ok) throw new Error(JSON.stringify(report.problems));
    return report.value;
  });
  const comparison = compareMembers(reports, ruleSet.jury?.deliberation?.divergence.spread ?? 20);
  if (!comparison.ok) throw new Error('no comparison');
  const agreement = agree(comparison.value, { percentages: agreed, comment });
  if (!agreement.ok) throw new Error(JSON.stringify(agreement.problems));
  const decision = decide(agreement.value.agreement);
  const commands: DeliberationCommand[] = [
    ...reports.map((report) => ({ type: 'submit_grid' as const, report })),
    { type: 'close_grading' },
    { type: 'record_agreement', agreement: agreement.value.agreement, deliberation: decision },
    ...(signAt ? [{ type: 'sign' as const, reauthenticated: true, ...SIGNING_DAYS }] : []),
  ];
  let state = startDeliberation({
    candidateId,
    president: { personId: 'p-dubreuil', name: 'Claire Dubreuil' },
    graders: Object.keys(grids),
    juryInstrument: 'jury',
  });
  for (const command of commands) {
    const step = applyCommand(state, president, command, signAt ?? '2026-03-12T12:00:00+01:00');
    if (!step.ok) throw new Error(step.refusal.message.en);
    state = step.state;
  }
  return state;
}

const good = { 'R.1': 70, 'R.2': 100, 'R.3': 70, 'PO.1': 70, 'OT.1': 70, 'OT.2': 70, 'OT.3': 100 };

/** Two candidates: one awarded, one not (OT: jury 45 % < 50 % minimum). */
export function minutes(signed = true): Minutes {
  return minutesOf(session, ruleSet, [
    {
      candidate: {
        id: 'c-lefevre',
        name: 'Hélène Lefèvre-Nguyễn',
        company: 'Biscuiterie Dupré & Fils',
      },
      slot: { start: '09:00', end: '09:45' },
      deliberation: deliberation(
        'c-lefevre',
        { 'p-dubreuil': good, 'p-lemoine': good, 'p-ferrand': { ...good, 'R.2': 70 } },
        { R: 'mean', PO: 70, OT: 'mean' },
        'Très bonne maîtrise de la relation client ; l’organisation du poste est exemplaire.',
        signed ? '2026-03-12T17:05:00+01:00' : undefined,
      ),
    },
    {
      candidate: { id: 'c-moreau', name: 'Lucas Moreau', company: 'Conserverie du Lac' },
      slot: { start: '09:45', end: '10:30' },
      deliberation: deliberation(
        'c-moreau',
        {
          'p-dubreuil': { ...good, 'OT.1': 30, 'OT.2': 30, 'OT.3': 50 },
          'p-lemoine': { ...good, 'OT.1': 30, 'OT.2': 50, 'OT.3': 30 },
          'p-ferrand': { ...good, 'OT.1': 70, 'OT.2': 70, 'OT.3': 70 },
        },
        { R: 75, PO: 70, OT: 45 },
        "Relation client solide. L'organisation du travail reste insuffisante : planification à consolider.",
        signed ? '2026-03-12T17:20:00+01:00' : undefined,
      ),
    },
  ]);
}

/**
 * A VAE candidate decided by the VAE rule set (data/rules/cqp-agc-vae.yaml): OT agreed at 60 is
 * not validated, so the CQP is not awarded and bloc n°3 alone, all in PO, is acquired.
 */
export function vaeMinutes(): Minutes {
  return minutesOf(session, ruleSet, [
    {
      candidate: { id: 'c-vasseur', name: 'Sylvie Vasseur' },
      slot: { start: '10:30', end: '11:15' },
      deliberation: deliberation(
        'c-vasseur',
        { 'p-dubreuil': good, 'p-lemoine': good, 'p-ferrand': good },
        { R: 80, PO: 72, OT: 60 },
        'Expérience solide ; organisation du travail à consolider.',
        '2026-03-12T17:40:00+01:00',
        vaeDecision,
      ),
    },
  ]);
}

export function convocation(remote = false, pathway: Pathway = 'training'): ConvocationLetter {
  return convocationOf(cqpJuryRule(), {
    pathway,
    session: {
      certification: session.certification,
      certifier: {
        name: session.certifier.name,
        address: ['12, rue des Tanneurs', '75012 Paris'],
        contact: 'jury@demo.certeval.example',
      },
      date: session.date,
      venue: remote
        ? { kind: 'remote', link: 'https://visio.demo.certeval.example/jury-2026-03-12' }
        : session.venue,
    },
    candidate: {
      name: 'Hélène Lefèvre-Nguyễn',
      address: ['3, allée des Œillets', '88000 Épinal'],
      accommodations: remote ? [] : ['Tiers temps (référent handicap)'],
    },
    slot: { start: '09:00', end: '09:45' },
    issuedOn: '2026-02-20',
    signatory: { name: 'Hélène Marchetti', title: 'Chargée de certification' },
  });
}
