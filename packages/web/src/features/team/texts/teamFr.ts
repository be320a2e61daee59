// French texts of the team, organisations and invitation screens (issue 5, item 1). Plugged
// into i18n/fr.ts as its `team` block; teamEn.ts mirrors every key.
export const teamFr = {
  people: {
    title: 'Personnes',
    empty: 'Personne n’a encore de rôle dans cette organisation.',
    name: 'Nom',
    email: 'Adresse électronique',
    roles: 'Rôles',
  },
  invitations: {
    title: 'Invitations en attente',
    empty: 'Aucune invitation en attente.',
    name: 'Nom',
    email: 'Adresse électronique',
    role: 'Rôle',
    expires: 'Valable jusqu’au',
  },
  invite: {
    title: 'Inviter une personne',
    intro:
      'Certeval n’envoie aucun courriel : l’invitation crée un lien personnel, valable 7 jours et utilisable une seule fois, que vous transmettez vous-même à la personne.',
    email: 'Adresse électronique',
    displayName: 'Nom et prénom',
    role: 'Rôle',
    submit: 'Créer le lien d’invitation',
    created:
      'Invitation créée pour {{name}}. Transmettez-lui ce lien, valable jusqu’au {{date}} : aucun courriel n’a été envoyé.',
    link: 'Lien d’invitation',
    copy: 'Copier le lien',
    copied: 'Lien copié',
    another: 'Inviter une autre personne',
  },
  organisations: {
    title: 'Organisations',
    description:
      'Les entreprises, organismes de formation et certificateurs, et les personnes de chacun.',
    empty: 'Aucune organisation enregistrée.',
    name: 'Nom',
    kind: 'Type',
    siret: 'SIRET',
    people: 'Voir les personnes',
    noSiret: '—',
    kinds: {
      certifier: 'Certificateur',
      company: 'Entreprise',
      training_organisation: 'Organisme de formation',
    },
    create: {
      title: 'Enregistrer une organisation',
      kind: 'Type d’organisation',
      name: 'Nom',
      siret: 'SIRET (facultatif)',
      siretHint: '14 chiffres ; la clé de contrôle est vérifiée.',
      submit: 'Enregistrer l’organisation',
      created: 'L’organisation « {{name}} » est enregistrée.',
    },
    back: 'Retour aux organisations',
  },
  invitation: {
    title: 'Invitation',
    intro: 'Vous êtes invité(e) à rejoindre Certeval.',
    missingToken:
      'Ce lien d’invitation est incomplet. Demandez un nouveau lien à la personne qui vous a invité(e).',
    summary: '{{name}} ({{email}}) est invité(e) comme {{role}} pour {{organisation}}.',
    choosePassword: 'Choisissez le mot de passe de votre compte, d’au moins 12 caractères.',
    existingAccount:
      'Un compte existe déjà pour cette adresse : acceptez l’invitation pour y ajouter ce rôle, puis connectez-vous avec votre mot de passe habituel.',
    accept: 'Accepter l’invitation',
    done: 'Invitation acceptée : votre compte est prêt. Connectez-vous avec {{email}}.',
    toLogin: 'Aller à la connexion',
  },
};

export type TeamDictionary = typeof teamFr;
