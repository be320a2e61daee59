// The words of the minutes (procès-verbal) and of the convocation, in French and English.
// The French ones are the seeds' where the seeds have them: "grille de report des
// appréciations individuelles", "grille de synthèse", "Commentaires", "président du jury".
import type { LocalText } from '@certeval/core';

const T = (fr: string, en: string): LocalText => ({ fr, en });

export const MINUTES = {
  title: T('Procès-verbal de délibération du jury', "Minutes of the jury's deliberation"),
  certifier: T('Certificateur', 'Certifier'),
  date: T('Date', 'Date'),
  venue: T('Lieu', 'Place'),
  onSite: T('Sur site', 'On site'),
  remote: T('À distance', 'Remote'),
  ruleSet: T('Jeu de règles', 'Rule set'),
  ruleSetValue: (id: string, version: string, referential: string) =>
    T(
      `${id}, version ${version} (référentiel version ${referential})`,
      `${id}, version ${version} (referential version ${referential})`,
    ),
  session: T('Session', 'Session'),
  jury: T('Composition du jury', 'Members of the jury'),
  name: T('Nom', 'Name'),
  quality: T('Qualité', 'Seat'),
  organisation: T('Organisation', 'Organisation'),
  candidates: T('Candidats', 'Candidates'),
  slot: T('Horaire', 'Time'),
  candidate: T('Candidat', 'Candidate'),
  company: T('Entreprise', 'Company'),
  decision: T('Décision', 'Decision'),
  status: T('État', 'Status'),
  report: T(
    'Grille de report des appréciations individuelles',
    "Members' individual appreciations (report grid)",
  ),
  member: T('Membre du jury', 'Jury member'),
  spread: T('Écart (max − min)', 'Spread (max − min)'),
  divergent: (threshold: LocalText) =>
    T(
      `* écart supérieur à ${threshold.fr} points : divergence signalée au président`,
      `* spread above ${threshold.en} points: divergence flagged to the president`,
    ),
  synthesis: T('Grille de synthèse', 'Synthesis grid'),
  evaluation: T('Évaluation', 'Evaluation'),
  mean: T('Moyenne', 'Mean'),
  result: T('Résultat', 'Result'),
  explanation: T('Explication de la décision', 'Why'),
  blocsAcquired: T('Blocs de compétences acquis', 'Skills blocs acquired'),
  noBlocAcquired: T('aucun', 'none'),
  validUntil: (day: string) => T(`valable jusqu'au ${day}`, `valid until ${day}`),
  comment: T('Commentaire de synthèse du jury', "The jury's synthesis comment"),
  noDecision: T('Pas encore de décision', 'No decision yet'),
  signedBy: (name: string, when: string) =>
    T(
      `Signé par ${name}, président(e) du jury, le ${when}`,
      `Signed by ${name}, jury president, on ${when}`,
    ),
  notSigned: T('Non signé', 'Not signed'),
  version: (n: number) => T(`Version ${n}`, `Version ${n}`),
  reopened: (version: number, who: string, when: string, reason: string) =>
    T(
      `Version ${version} rouverte le ${when} par ${who}. Motif : ${reason}`,
      `Version ${version} reopened on ${when} by ${who}. Reason: ${reason}`,
    ),
  signatures: T('Signatures', 'Signatures'),
  presidentSigned: (name: string, when: string) =>
    T(
      `Le président du jury : ${name}, signé électroniquement le ${when}, après ré-authentification`,
      `The jury president: ${name}, signed electronically on ${when}, after re-authentication`,
    ),
  presidentPending: (name: string) =>
    T(
      `Le président du jury : ${name}, signature en attente`,
      `The jury president: ${name}, signature pending`,
    ),
  members: T('Membres du jury', 'Members of the jury'),
  locked: T(
    'Verrouillé : procès-verbal signé. Toute modification passe par une réouverture par le certificateur, avec un motif écrit ; la version précédente est conservée.',
    'Locked: signed minutes. Any change requires a reopening by the certifier, with a written reason; the previous version is kept.',
  ),
  draft: T(
    'PROJET, non verrouillé : toutes les délibérations ne sont pas signées.',
    'DRAFT, not locked: not every deliberation is signed.',
  ),
  hash: T('Empreinte SHA-256 du contenu', 'SHA-256 fingerprint of the content'),
  page: (n: number, of: number) => T(`page ${n} / ${of}`, `page ${n} / ${of}`),
};

export const CONVOCATION = {
  subject: (title: string) =>
    T(
      `Objet : convocation à l'épreuve devant le jury, ${title}`,
      `Subject: notice to attend the jury, ${title}`,
    ),
  salutation: T('Madame, Monsieur,', 'Dear candidate,'),
  body: (title: string, day: string, start: string, end: string, minutes: number) =>
    T(
      `Vous êtes convoqué(e) à l'épreuve devant le jury du ${title} le ${day}, de ${start} à ${end} (${minutes} minutes).`,
      `You are invited to the jury's test for the ${title} on ${day}, from ${start} to ${end} (${minutes} minutes).`,
    ),
  date: T('Date', 'Date'),
  time: T('Horaire', 'Time'),
  duration: T('Durée', 'Length'),
  minutes: (n: number) => T(`${n} minutes`, `${n} minutes`),
  place: T('Lieu', 'Place'),
  link: T('Lien de connexion', 'Link to join'),
  remoteNote: T(
    "L'épreuve se tient à distance : connectez-vous au lien ci-dessus, caméra et micro en état de marche.",
    'The test is held remotely: join through the link above, with a working camera and microphone.',
  ),
  programme: T("Déroulement de l'épreuve", 'How the test runs'),
  bring: T('À apporter', 'What to bring'),
  accommodations: T('Aménagements prévus', 'Accommodations agreed'),
  accommodationsHint: T(
    "Si votre situation (handicap, notamment) demande un aménagement de l'épreuve, signalez-le dès réception de cette convocation.",
    'If your situation (a disability, in particular) calls for an accommodation of the test, let us know as soon as you receive this notice.',
  ),
  contact: (contact: string) => T(`Contact : ${contact}`, `Contact: ${contact}`),
  closing: T(
    "Nous vous prions d'agréer, Madame, Monsieur, l'expression de nos salutations distinguées.",
    'Yours faithfully,',
  ),
  onBehalf: (certifier: string) =>
    T(`Pour le certificateur, ${certifier}`, `For the certifier, ${certifier}`),
  issued: (place: string | undefined, day: string) =>
    T(place ? `${place}, le ${day}` : `Le ${day}`, place ? `${place}, ${day}` : day),
};
