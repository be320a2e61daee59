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
    invitedBy: 'Invité(e) par',
    expires: 'Valable jusqu’au',
    actions: 'Actions',
    cancel: 'Annuler',
    cancelLabel: 'Annuler l’invitation de {{name}}',
    cancelled: 'L’invitation de {{name}} est annulée : son lien n’ouvre plus rien.',
    delivery: 'Courriel',
    resend: 'Renvoyer',
    resendLabel: 'Renvoyer l’invitation de {{name}}',
    resent:
      'Un nouveau lien est envoyé à {{name}}, valable jusqu’au {{date}} ; le lien précédent n’ouvre plus rien.',
  },
  invite: {
    title: 'Inviter une personne',
    intro:
      'Certeval envoie à l’adresse invitée un lien personnel, valable 7 jours et utilisable une seule fois ; vous ne le voyez pas. Si cette adresse a déjà un compte, rien n’y change tant que la personne, connectée à son compte, n’a pas accepté.',
    email: 'Adresse électronique',
    displayName: 'Nom et prénom',
    role: 'Rôle',
    submit: 'Envoyer l’invitation',
    created:
      'Invitation envoyée à {{name}} ({{email}}), valable jusqu’au {{date}}. Vous pouvez la renvoyer ou l’annuler tant qu’elle est en attente.',
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
    newAccount:
      'Cette invitation crée le compte de l’adresse {{email}}. Si ce n’est pas votre adresse, ne l’acceptez pas : refusez-la.',
    choosePassword: 'Choisissez le mot de passe de votre compte, d’au moins 12 caractères.',
    existingAccount:
      'Un compte existe déjà pour {{email}}. Connectez-vous à ce compte pour accepter ou refuser l’invitation : rien n’y change sans votre accord.',
    signInToAnswer: 'Connectez-vous pour accepter',
    noPasswordYet:
      'Votre compte n’a pas encore de mot de passe ? Utilisez le lien reçu à la création du compte, ou demandez-en un avec « Mot de passe oublié ? » sur la page de connexion.',
    signedInAs:
      'Vous êtes connecté(e) en tant que {{name}}. En acceptant, ce rôle s’ajoute à votre compte.',
    someoneElse:
      'Vous êtes connecté(e) en tant que {{name}}, mais cette invitation est adressée à {{email}}. Déconnectez-vous, puis connectez-vous au compte de cette adresse pour répondre.',
    switchAccount: 'Se déconnecter pour changer de compte',
    accept: 'Accepter l’invitation',
    decline: 'Refuser',
    declined: 'Invitation refusée : aucun rôle n’a été ajouté.',
    done: 'Invitation acceptée : votre compte est prêt. Connectez-vous avec {{email}}.',
    toLogin: 'Aller à la connexion',
  },
  pending: {
    title: 'Invitations à répondre',
    intro: 'On vous propose un rôle : il ne s’ajoute à votre compte que si vous l’acceptez.',
    offer: '{{role}} pour {{organisation}}',
    by: 'Invitation de {{name}}, valable jusqu’au {{date}}.',
    until: 'Valable jusqu’au {{date}}.',
    acceptLabel: 'Accepter l’invitation : {{role}} pour {{organisation}}',
    declineLabel: 'Refuser l’invitation : {{role}} pour {{organisation}}',
    declined: 'Invitation refusée : {{role}} pour {{organisation}}.',
  },
};

export type TeamDictionary = typeof teamFr;
