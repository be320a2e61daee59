// A questionnaire with every kind of item QTI carries, for the export tests: the demo
// questionnaire, then a matching, a text entry, an open question, a survey question (unscored)
// and an ordering scored by whole responses (response rules).
import type { Item } from '@certeval/core';
import { cqpAgcVersion, loadInstrument } from '@certeval/core/instruments/testData.testing';
import type { ExportableQuestionnaire } from './writePackage.ts';

export const demo = loadInstrument('cqp-agc-demo-questionnaire.yaml', cqpAgcVersion());

/** Items of the types the demo lacks, so that the round trip covers every interaction. */
export const extra: Item[] = [
  {
    type: 'matching',
    id: 'q-match',
    domain: 'PO',
    evaluates: ['POC1'],
    scoring: {
      model: 'partial_credit',
      points: { 'uvc paquet': 1, 'colis carton': 1 },
      unmapped: -1,
      min: 0,
      max: 2,
    },
    stem: 'Associez chaque unité à ce qu’elle désigne :',
    sources: [
      { id: 'uvc', text: 'UVC', matchMax: 1 },
      { id: 'colis', text: 'Colis', matchMax: 1 },
    ],
    targets: [
      { id: 'paquet', text: 'Le paquet vendu en magasin' },
      { id: 'carton', text: 'Le carton de plusieurs paquets' },
    ],
    correct: [
      { source: 'uvc', target: 'paquet' },
      { source: 'colis', target: 'carton' },
    ],
  },
  {
    type: 'text_entry',
    id: 'q-text',
    evaluates: ['OTC2'],
    scoring: { model: 'partial_credit', points: { EDI: 1, 'E.D.I.': 0.5 }, max: 1 },
    stem: 'L’échange de données informatisé se dit ____ en abrégé.',
    correct: 'EDI',
    caseSensitive: false,
    expectedLength: 8,
  },
  {
    type: 'open',
    id: 'q-open',
    evaluates: ['RC3'],
    scoring: { model: 'manual', maxPoints: 4 },
    stem: 'Décrivez comment vous traitez une réclamation.',
  },
  {
    type: 'single_choice',
    id: 'q-avis',
    title: 'Avis sur la formation',
    language: 'en',
    evaluates: [],
    scoring: { model: 'unscored' },
    stem: 'The training helped me in my daily work.',
    choices: [
      { id: 'L1', text: 'Disagree' },
      { id: 'L2', text: 'Neutral' },
      { id: 'L3', text: 'Agree' },
    ],
    correct: [],
  },
  {
    type: 'ordering',
    id: 'q-etapes',
    evaluates: ['RC3'],
    scoring: {
      model: 'response_cases',
      cases: [
        { response: ['ecouter', 'reformuler', 'traiter'], points: 2 },
        { response: ['reformuler', 'ecouter', 'traiter'], points: 1 },
      ],
      otherwise: 0,
      max: 2,
    },
    stem: 'Remettez dans l’ordre les étapes du traitement d’une réclamation :',
    choices: [
      { id: 'ecouter', text: 'Écouter' },
      { id: 'reformuler', text: 'Reformuler' },
      { id: 'traiter', text: 'Traiter' },
    ],
    correct: ['ecouter', 'reformuler', 'traiter'],
  },
];

export const questionnaire: ExportableQuestionnaire = {
  ...demo,
  result: { basis: 'points' },
  sections: [...demo.sections, { id: 'X', title: 'Compléments', domain: 'OT', items: extra }],
};
