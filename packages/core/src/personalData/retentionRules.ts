// The record of processing as data (GDPR article 30, issue 19 item 5): each kind of personal
// data the product holds, why, on which legal basis, who receives it, how long it is kept, and
// what becomes of it when a person is erased (article 17) — before any jury, and under a signed
// decision, whose decision, minutes and certificate the law keeps. The certifier reads these
// rules in the product; docs/PERSONAL-DATA.md says the same in prose. The durations are the
// product's defaults: the certifier's data protection officer confirms or changes them.
import type { Bilingual, RetentionRule } from './retention.ts';

const CONTRACT: Bilingual = {
  fr: 'Contrat (RGPD art. 6.1.b) : l’inscription du candidat à la certification.',
  en: 'Contract (GDPR art. 6.1.b): the candidate’s enrolment in the certification.',
};
const LEGAL_RECORD: Bilingual = {
  fr: 'Obligation légale (RGPD art. 6.1.c) : code du travail, art. L6113-8 (titulaires déclarés au système d’information du CPF) ; intérêt légitime (art. 6.1.f) : prouver la décision, répondre à un recours.',
  en: 'Legal obligation (GDPR art. 6.1.c): French Labour Code, art. L6113-8 (holders declared to the CPF information system); legitimate interest (art. 6.1.f): proving the decision, answering an appeal.',
};
const UNTIL_JURY: Bilingual = {
  fr: 'Jusqu’à la décision du jury ; un dossier qui n’a jamais été présenté à un jury est effacé {{delay}} jours après sa dernière activité.',
  en: 'Until the jury’s decision; a file never put before a jury is erased {{delay}} days after its last activity.',
};
const WITHOUT_LIMIT: Bilingual = {
  fr: 'Sans limite fixée par le produit : tant que le titulaire peut se prévaloir de sa certification (vérification, duplicata).',
  en: 'No limit set by the product: as long as the holder may rely on their certification (verification, duplicate).',
};
const FILE_READERS: Bilingual = {
  fr: 'Le certificateur, le pilote de l’entreprise, le tuteur et le formateur du candidat, les membres du jury devant lequel il passe.',
  en: 'The certifier, the company’s pilot, the candidate’s tutor and trainer, the members of the jury the candidate sits before.',
};

export const RETENTION_RULES: readonly RetentionRule[] = [
  {
    kind: 'account',
    label: { fr: 'Compte et rôles', en: 'Account and roles' },
    data: {
      fr: 'Adresse e-mail, nom affiché, langue, empreinte du mot de passe (argon2id), rôles dans les organisations.',
      en: 'E-mail address, display name, language, password hash (argon2id), roles in organisations.',
    },
    purpose: {
      fr: 'Se connecter et agir selon son rôle.',
      en: 'Signing in and acting in one’s role.',
    },
    legalBasis: {
      fr: 'Contrat (art. 6.1.b) pour le candidat ; intérêt légitime (art. 6.1.f) de l’organisation pour les pilotes, tuteurs, formateurs et jurés.',
      en: 'Contract (art. 6.1.b) for the candidate; the organisation’s legitimate interest (art. 6.1.f) for pilots, tutors, trainers and jury members.',
    },
    recipients: {
      fr: 'Le certificateur ; le pilote de l’organisation où la personne a un rôle.',
      en: 'The certifier; the pilot of the organisation where the person holds a role.',
    },
    retention: {
      fr: 'Tant que la personne a un rôle ; le compte d’un candidat suit son dossier.',
      en: 'As long as the person holds a role; a candidate’s account follows their file.',
    },
    onErasure: 'erased',
    underSignedDecision: 'erased',
    because: {
      fr: 'D’autres dossiers la nomment (évaluations faites, jurys tenus) : son identifiant reste, sans nom, adresse ni mot de passe.',
      en: 'Other files name this person (evaluations made, juries sat): their identifier stays, without name, address or password.',
    },
  },
  {
    kind: 'sign_in',
    label: { fr: 'Connexions', en: 'Sign-ins' },
    data: {
      fr: 'Sessions et liens de réinitialisation (empreintes SHA-256 seulement), compteurs de tentatives (clés hachées).',
      en: 'Sessions and reset links (SHA-256 hashes only), attempt counters (hashed keys).',
    },
    purpose: { fr: 'La sécurité des comptes.', en: 'The security of accounts.' },
    legalBasis: {
      fr: 'Intérêt légitime (art. 6.1.f) : protéger les comptes.',
      en: 'Legitimate interest (art. 6.1.f): protecting accounts.',
    },
    recipients: { fr: 'Personne : le produit seul.', en: 'Nobody: the product alone.' },
    retention: {
      fr: 'Session : {{sessionDays}} jours ; lien de réinitialisation : {{resetHours}} heures ; compteur : sa fenêtre, d’une minute (connexion) à une heure (mot de passe oublié).',
      en: 'Session: {{sessionDays}} days; reset link: {{resetHours}} hours; counter: its window, from one minute (sign-in) to one hour (forgotten password).',
    },
    onErasure: 'erased',
    underSignedDecision: 'erased',
  },
  {
    kind: 'invitations',
    label: { fr: 'Invitations reçues', en: 'Invitations received' },
    data: {
      fr: 'Adresse, nom, rôle proposé, organisation, réponse.',
      en: 'Address, name, role offered, organisation, answer.',
    },
    purpose: {
      fr: 'Ouvrir le compte demandé par l’organisation.',
      en: 'Opening the account the organisation asked for.',
    },
    legalBasis: {
      fr: 'Intérêt légitime (art. 6.1.f) de l’organisation qui invite.',
      en: 'Legitimate interest (art. 6.1.f) of the inviting organisation.',
    },
    recipients: {
      fr: 'Le certificateur ; le pilote de l’organisation.',
      en: 'The certifier; the organisation’s pilot.',
    },
    retention: {
      fr: 'Sept jours ouverte ; gardée fermée jusqu’à l’effacement de la personne.',
      en: 'Seven days open; kept closed until the person is erased.',
    },
    onErasure: 'erased',
    underSignedDecision: 'erased',
  },
  {
    kind: 'candidate_identity',
    label: { fr: 'Identité du candidat', en: 'Candidate’s identity' },
    data: {
      fr: 'Nom de naissance, nom d’usage, prénoms, date et lieu de naissance.',
      en: 'Birth name, usage name, first names, date and place of birth.',
    },
    purpose: {
      fr: 'Inscrire le candidat, délivrer et déclarer son certificat.',
      en: 'Enrolling the candidate, issuing and declaring their certificate.',
    },
    legalBasis: {
      fr: 'Contrat (art. 6.1.b) pendant le parcours ; après la décision, obligation légale (art. 6.1.c) : code du travail, art. L6113-8.',
      en: 'Contract (art. 6.1.b) during the pathway; after the decision, legal obligation (art. 6.1.c): French Labour Code, art. L6113-8.',
    },
    recipients: FILE_READERS,
    retention: {
      fr: 'Jusqu’à la décision du jury ; sans décision signée, effacée {{delay}} jours après la dernière activité d’un dossier jamais présenté à un jury ; après une décision signée, sans limite fixée par le produit (vérification, duplicata).',
      en: 'Until the jury’s decision; without a signed decision, erased {{delay}} days after the last activity of a file never put before a jury; after a signed decision, no limit set by the product (verification, duplicate).',
    },
    onErasure: 'erased',
    underSignedDecision: 'kept',
    because: {
      fr: 'Une décision signée la désigne : le certificat est délivré, vérifié et déclaré (code du travail, art. L6113-8) avec cette identité.',
      en: 'A signed decision names this person: the certificate is issued, verified and declared (French Labour Code, art. L6113-8) with this identity.',
    },
  },
  {
    kind: 'candidate_contact',
    label: { fr: 'Coordonnées et emploi du candidat', en: 'Candidate’s contact and job' },
    data: {
      fr: 'Adresse e-mail, téléphone, poste occupé.',
      en: 'E-mail address, telephone, job held.',
    },
    purpose: { fr: 'Joindre le candidat pendant son parcours.', en: 'Reaching the candidate.' },
    legalBasis: CONTRACT,
    recipients: FILE_READERS,
    retention: UNTIL_JURY,
    onErasure: 'erased',
    underSignedDecision: 'erased',
  },
  {
    kind: 'accommodations',
    label: { fr: 'Aménagements d’épreuves', en: 'Assessment accommodations' },
    data: {
      fr: 'Les aménagements accordés pour un handicap : une donnée de santé.',
      en: 'Accommodations granted for a disability: health data.',
    },
    purpose: {
      fr: 'Adapter les épreuves et le jury.',
      en: 'Adapting the assessments and the jury.',
    },
    legalBasis: {
      fr: 'Consentement explicite du candidat (RGPD art. 9.2.a), qui les demande.',
      en: 'The candidate’s explicit consent (GDPR art. 9.2.a), who asks for them.',
    },
    recipients: FILE_READERS,
    retention: UNTIL_JURY,
    onErasure: 'erased',
    underSignedDecision: 'erased',
  },
  {
    kind: 'evaluations',
    label: { fr: 'Évaluations et plan de formation', en: 'Evaluations and training plan' },
    data: {
      fr: 'Résultats par item, commentaires des évaluateurs, réponses aux questionnaires en ligne, plan de formation.',
      en: 'Results per item, evaluators’ comments, answers to online questionnaires, training plan.',
    },
    purpose: {
      fr: 'Évaluer le candidat et préparer la décision du jury.',
      en: 'Evaluating the candidate and preparing the jury’s decision.',
    },
    legalBasis: CONTRACT,
    recipients: FILE_READERS,
    retention: UNTIL_JURY,
    onErasure: 'erased',
    underSignedDecision: 'pseudonymised',
    because: {
      fr: 'Les résultats fondent la décision signée et restent pour un recours ; commentaires, réponses et plan de formation sont effacés.',
      en: 'The results ground the signed decision and stay for an appeal; comments, answers and the training plan are erased.',
    },
  },
  {
    kind: 'follow_up',
    label: { fr: 'Livret de suivi', en: 'Follow-up booklet' },
    data: {
      fr: 'Séances de formation et notes du tuteur.',
      en: 'Training sessions and the tutor’s notes.',
    },
    purpose: { fr: 'Suivre la formation du candidat.', en: 'Following the training.' },
    legalBasis: CONTRACT,
    recipients: FILE_READERS,
    retention: UNTIL_JURY,
    onErasure: 'erased',
    underSignedDecision: 'erased',
  },
  {
    kind: 'vae_booklet',
    label: { fr: 'Livret VAE et documents', en: 'VAE booklet and documents' },
    data: {
      fr: 'Réponses du livret descriptif d’activité, documents techniques joints.',
      en: 'Answers of the descriptive activity booklet, attached technical documents.',
    },
    purpose: {
      fr: 'Présenter l’expérience du candidat au jury (VAE).',
      en: 'Putting the candidate’s experience before the jury (VAE).',
    },
    legalBasis: CONTRACT,
    recipients: FILE_READERS,
    retention: UNTIL_JURY,
    onErasure: 'erased',
    underSignedDecision: 'erased',
  },
  {
    kind: 'jury_decision',
    label: { fr: 'Décision du jury', en: 'Jury decision' },
    data: {
      fr: 'Pourcentages retenus, décision et ses motifs, commentaire de synthèse, signature du président.',
      en: 'Agreed percentages, decision and its grounds, synthesis comment, the president’s signature.',
    },
    purpose: {
      fr: 'Décider de la certification et le prouver.',
      en: 'Deciding the certification and proving it.',
    },
    legalBasis: LEGAL_RECORD,
    recipients: {
      fr: 'Le certificateur, les membres du jury, le candidat.',
      en: 'The certifier, the jury’s members, the candidate.',
    },
    retention: WITHOUT_LIMIT,
    onErasure: 'erased',
    underSignedDecision: 'kept',
    because: {
      fr: 'Une décision signée est un acte du jury : elle est gardée telle quelle pour la prouver et répondre à un recours.',
      en: 'A signed decision is an act of the jury: it is kept as it is to prove it and answer an appeal.',
    },
  },
  {
    kind: 'minutes',
    label: { fr: 'Procès-verbal signé', en: 'Signed minutes' },
    data: {
      fr: 'Le procès-verbal de la session tel que signé, avec son empreinte SHA-256.',
      en: 'The session’s minutes as signed, with their SHA-256 fingerprint.',
    },
    purpose: {
      fr: 'Prouver ce que le jury a décidé.',
      en: 'Proving what the jury decided.',
    },
    legalBasis: LEGAL_RECORD,
    recipients: {
      fr: 'Le certificateur, les membres du jury.',
      en: 'The certifier, the jury’s members.',
    },
    retention: WITHOUT_LIMIT,
    onErasure: 'kept',
    underSignedDecision: 'kept',
    because: {
      fr: 'Le procès-verbal signé ne change jamais : son empreinte doit toujours correspondre à ce qui a été signé.',
      en: 'Signed minutes never change: their fingerprint must always match what was signed.',
    },
  },
  {
    kind: 'certificates',
    label: { fr: 'Certificats et attestations', en: 'Certificates and attestations' },
    data: {
      fr: 'Numéro, nom du titulaire tel que délivré, certification, dates, attestation numérique signée (date de naissance seulement en empreinte salée).',
      en: 'Number, holder’s name as issued, certification, dates, signed digital credential (birth date only as a salted hash).',
    },
    purpose: {
      fr: 'Attester la certification ; la faire vérifier par quiconque détient le numéro.',
      en: 'Attesting the certification; letting whoever holds the number verify it.',
    },
    legalBasis: LEGAL_RECORD,
    recipients: {
      fr: 'Le titulaire ; quiconque vérifie le certificat ; la Caisse des dépôts (déclaration des titulaires, faite par le certificateur).',
      en: 'The holder; whoever verifies the certificate; the Caisse des dépôts (holders’ declaration, made by the certifier).',
    },
    retention: WITHOUT_LIMIT,
    onErasure: 'kept',
    underSignedDecision: 'kept',
    because: {
      fr: 'Un certificat délivré doit rester vérifiable : il est gardé tel que délivré et signé.',
      en: 'An issued certificate must stay verifiable: it is kept as issued and signed.',
    },
  },
  {
    kind: 'jury_seats',
    label: { fr: 'Places de juré', en: 'Jury seats' },
    data: {
      fr: 'Sessions où la personne a siégé, son collège, son organisation d’appartenance.',
      en: 'Sessions the person sat on, their college, their affiliation.',
    },
    purpose: {
      fr: 'Composer un jury régulier et éviter les conflits d’intérêts.',
      en: 'Composing a regular jury and avoiding conflicts of interest.',
    },
    legalBasis: LEGAL_RECORD,
    recipients: {
      fr: 'Le certificateur, les autres membres du jury.',
      en: 'The certifier, the other members of the jury.',
    },
    retention: WITHOUT_LIMIT,
    onErasure: 'kept',
    underSignedDecision: 'kept',
    because: {
      fr: 'La composition d’un jury fait partie de l’acte de la session : elle est gardée avec son procès-verbal.',
      en: 'A jury’s composition is part of its session’s record: it is kept with its minutes.',
    },
  },
  {
    kind: 'mentions',
    label: { fr: 'Mentions dans d’autres dossiers', en: 'Mentions in other files' },
    data: {
      fr: 'Le nom de la personne comme évaluateur, membre d’un comité de pilotage ou signataire des certificats.',
      en: 'The person’s name as evaluator, steering committee member or signatory of certificates.',
    },
    purpose: {
      fr: 'Dire qui a évalué, piloté ou signé.',
      en: 'Saying who evaluated, steered or signed.',
    },
    legalBasis: {
      fr: 'Intérêt légitime (art. 6.1.f) : la traçabilité des dossiers d’autrui.',
      en: 'Legitimate interest (art. 6.1.f): the traceability of other people’s files.',
    },
    recipients: FILE_READERS,
    retention: {
      fr: 'Autant que le dossier qui la mentionne.',
      en: 'As long as the file that mentions it.',
    },
    onErasure: 'pseudonymised',
    underSignedDecision: 'pseudonymised',
    because: {
      fr: 'Ces dossiers sont ceux d’autres personnes : ils restent, le nom y est remplacé (le signataire d’un certificat reste tel qu’imprimé).',
      en: 'These are other people’s files: they stay, the name is replaced (a certificate’s signatory stays as printed).',
    },
  },
  {
    kind: 'mail',
    label: { fr: 'Courriels', en: 'E-mails' },
    data: {
      fr: 'Les messages envoyés à la personne et leurs pièces jointes.',
      en: 'The messages sent to the person and their attachments.',
    },
    purpose: {
      fr: 'Prévenir la personne ; savoir si le message est arrivé.',
      en: 'Telling the person; knowing whether the message arrived.',
    },
    legalBasis: CONTRACT,
    recipients: {
      fr: 'Le certificateur ; le serveur de messagerie configuré.',
      en: 'The certifier; the configured mail server.',
    },
    retention: {
      fr: 'Jusqu’à l’effacement de la personne ou de son dossier.',
      en: 'Until the person or their file is erased.',
    },
    onErasure: 'erased',
    underSignedDecision: 'erased',
  },
  {
    kind: 'audit_trail',
    label: { fr: 'Journal des actions', en: 'Audit trail' },
    data: {
      fr: 'Qui a fait quoi et quand sur les dossiers, avec les valeurs changées.',
      en: 'Who did what and when on the files, with the values changed.',
    },
    purpose: {
      fr: 'Rendre compte de chaque changement décisif.',
      en: 'Accounting for every decisive change.',
    },
    legalBasis: {
      fr: 'Responsabilité (RGPD art. 5.2 et 24) et intérêt légitime (art. 6.1.f).',
      en: 'Accountability (GDPR art. 5.2 and 24) and legitimate interest (art. 6.1.f).',
    },
    recipients: { fr: 'Le certificateur.', en: 'The certifier.' },
    retention: {
      fr: 'Autant que les dossiers ; sans identité une fois la personne effacée.',
      en: 'As long as the files; without identity once the person is erased.',
    },
    onErasure: 'pseudonymised',
    underSignedDecision: 'pseudonymised',
    because: {
      fr: 'La trace de qui a fait quoi reste ; les noms, adresses et identités y sont effacés.',
      en: 'The trace of who did what stays; names, addresses and identities in it are erased.',
    },
  },
];
