// Demo mode (`npm start` on an empty database): a fictional certifier, company and training
// organisation, and one account per role, so a newcomer can explore every home at once.
// Every person and company here is invented.
import type { Role, VariantChange } from '@certeval/core';
import * as accounts from '../accounts/service.ts';
import * as accountStore from '../accounts/store.ts';
import * as candidateStore from '../candidates/store.ts';
import type { Context } from '../platform/context.ts';
import * as referentialStore from '../referential/store.ts';
import * as variantStore from '../variant/store.ts';

export const DEMO_PASSWORD = 'certeval-demo';

export const demoOrganisations = {
  certifier: 'Commission paritaire démo de l’alimentaire',
  company: 'Biscuiterie des Trois Vallées',
  training: 'Centre de formation Les Tilleuls',
} as const;

export const demoAccounts: {
  email: string;
  displayName: string;
  roles: { organisationName: string; role: Role }[];
}[] = [
  {
    email: 'certificateur@demo.certeval.example',
    displayName: 'Hélène Marchetti',
    roles: [{ organisationName: demoOrganisations.certifier, role: 'certifier_admin' }],
  },
  {
    // A pilot who also tutors: a person may hold several roles.
    email: 'pilote@demo.certeval.example',
    displayName: 'Julien Roussel',
    roles: [
      { organisationName: demoOrganisations.company, role: 'company_pilot' },
      { organisationName: demoOrganisations.company, role: 'tutor' },
    ],
  },
  {
    email: 'tuteur@demo.certeval.example',
    displayName: 'Sophie Lemaire',
    roles: [{ organisationName: demoOrganisations.company, role: 'tutor' }],
  },
  {
    email: 'formateur@demo.certeval.example',
    displayName: 'Karim Benali',
    roles: [{ organisationName: demoOrganisations.training, role: 'trainer' }],
  },
  {
    email: 'jury@demo.certeval.example',
    displayName: 'Isabelle Fournier',
    roles: [{ organisationName: demoOrganisations.certifier, role: 'jury_member' }],
  },
  // Issue 6: a CQP AGC jury needs one member per college (seed 001) besides Isabelle
  // Fournier; the college each sits for is set per session.
  {
    email: 'jury.salaries@demo.certeval.example',
    displayName: 'Antoine Lebrun',
    roles: [{ organisationName: demoOrganisations.certifier, role: 'jury_member' }],
  },
  {
    email: 'jury.opca@demo.certeval.example',
    displayName: 'Nadège Collin',
    roles: [{ organisationName: demoOrganisations.certifier, role: 'jury_member' }],
  },
  {
    email: 'candidat@demo.certeval.example',
    displayName: 'Lucas Moreau',
    roles: [{ organisationName: demoOrganisations.company, role: 'candidate' }],
  },
  // Issue 6, item 5: a candidate on the VAE route, who writes their descriptive activity
  // booklet online (seed 001, "accès par la VAE").
  {
    email: 'candidat.vae@demo.certeval.example',
    displayName: 'Camille Vasseur',
    roles: [{ organisationName: demoOrganisations.company, role: 'candidate' }],
  },
];

/** Creates the demo when the database has no account yet; returns the accounts it made. */
export async function seedDemo(ctx: Context): Promise<typeof demoAccounts> {
  if ((await accounts.countUsers(ctx)) > 0) return [];
  await accounts.ensureOrganisation(ctx, 'certifier', demoOrganisations.certifier);
  await accounts.ensureOrganisation(ctx, 'company', demoOrganisations.company);
  await accounts.ensureOrganisation(ctx, 'training_organisation', demoOrganisations.training);
  for (const account of demoAccounts) {
    await accounts.createUser(ctx, { ...account, password: DEMO_PASSWORD });
  }
  await seedDemoAdaptation(ctx);
  await seedDemoProject(ctx);
  return demoAccounts;
}

// The demo company's adaptation of the CQP AGC: its own software, its own product range.
// These changes are invented for the demo; the national referential is untouched.
const demoChanges: VariantChange[] = [
  {
    kind: 'rename',
    code: 'M2A2',
    label: 'Réceptionner et traiter les commandes (EDI et portail client de la biscuiterie)',
  },
  {
    kind: 'annotate',
    code: 'M2A6',
    note: 'Barèmes quantitatifs propres aux enseignes de la grande distribution.',
  },
  {
    kind: 'add',
    code: 'BTV-M2A7',
    type: 'activity',
    parent: 'M2',
    label: 'Préparer les commandes de la gamme sans gluten (démo)',
  },
];

async function seedDemoAdaptation(ctx: Context) {
  const { db } = ctx.database;
  const certification = await referentialStore.findCertification(db, 'cqp-agc');
  const version = certification && (await referentialStore.findVersion(db, certification.id, '1'));
  const company = await accountStore.findOrganisationByName(db, demoOrganisations.company);
  const pilot = await accountStore.findUserByEmail(db, 'pilote@demo.certeval.example');
  if (!version || !company || !pilot) return;
  const id = await variantStore.insertVariant(db, {
    organisationId: company.id,
    versionId: version.id,
    name: 'CQP AGC — Biscuiterie des Trois Vallées',
    createdBy: pilot.id,
  });
  if (id) await variantStore.updateChanges(db, id, demoChanges, 1);
}

// The demo company's CQP AGC project, validated by the certifier, with two candidates: Lucas
// Moreau (the demo candidate's account) followed by the demo tutor and trainer, enrolled, to be
// positioned; Camille Vasseur on the VAE route, enrolled, to write their booklet.
async function seedDemoProject(ctx: Context) {
  const { db } = ctx.database;
  const company = await accountStore.findOrganisationByName(db, demoOrganisations.company);
  const person = async (email: string) => (await accountStore.findUserByEmail(db, email))?.id;
  const [certifier, pilot, tutor, trainer, candidate, vaeCandidate] = await Promise.all(
    [
      'certificateur@demo.certeval.example',
      'pilote@demo.certeval.example',
      'tuteur@demo.certeval.example',
      'formateur@demo.certeval.example',
      'candidat@demo.certeval.example',
      'candidat.vae@demo.certeval.example',
    ].map(person),
  );
  if (!company || !certifier || !pilot || !candidate) return;
  const [variant] = await variantStore.listVariants(db, [company.id]);
  const project = await candidateStore.insertProject(db, {
    organisationId: company.id,
    certification: 'cqp-agc',
    referentialVersion: '1',
    variantId: variant?.id ?? null,
    title: 'CQP AGC 2026 — Biscuiterie des Trois Vallées',
    status: 'validated',
    opportunity:
      'Deux assistantes ADV à fidéliser ; référentiel adapté aux commandes EDI de la biscuiterie (démo).',
    steeringCommittee: [
      { name: 'Julien Roussel', role: 'Pilote, responsable gestion client' },
      { name: 'Sophie Lemaire', role: 'Tutrice' },
      { name: 'Karim Benali', role: 'Formateur, Centre de formation Les Tilleuls' },
    ],
    instruments: [
      { key: 'cqp-agc-tutor-grid', version: '1' },
      { key: 'cqp-agc-demo-questionnaire', version: '1' },
      { key: 'cqp-agc-jury-guide', version: '1' },
      { key: 'cqp-agc-vae-booklet', version: '1' },
    ],
    validatedBy: certifier,
    validatedAt: new Date(),
  });
  await candidateStore.insertCandidate(db, {
    projectId: project.id,
    organisationId: company.id,
    userId: candidate,
    birthName: 'Moreau',
    firstNames: ['Lucas'],
    birthDate: '1998-06-14',
    birthPlace: 'Saint-Amand-les-Prés (Cher)',
    email: 'candidat@demo.certeval.example',
    job: 'Assistant administration des ventes',
    accessRoute: 'professionalisation_contract',
    tutorId: tutor ?? null,
    trainerId: trainer ?? null,
    status: 'enrolled',
  });
  // Every person here is invented.
  await candidateStore.insertCandidate(db, {
    projectId: project.id,
    organisationId: company.id,
    userId: vaeCandidate ?? null,
    birthName: 'Vasseur',
    firstNames: ['Camille'],
    birthDate: '1984-03-22',
    birthPlace: 'Montreuil-sur-Loir (Maine-et-Loire)',
    email: 'candidat.vae@demo.certeval.example',
    job: 'Assistante administration des ventes depuis 2012',
    accessRoute: 'vae',
    status: 'enrolled',
  });
}

/** The demo accounts still present, to remind their logins at each start in demo mode. */
export async function existingDemoAccounts(ctx: Context): Promise<typeof demoAccounts> {
  const emails = new Set((await accounts.listUsers(ctx)).map((u) => u.email));
  return demoAccounts.filter((a) => emails.has(a.email));
}
