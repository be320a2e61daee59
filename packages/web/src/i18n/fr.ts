// French is the product's first language: every key starts here, English mirrors it (en.ts).
export const fr = {
  app: {
    name: 'Certeval',
    skipToContent: 'Aller au contenu',
    loading: 'Chargement…',
  },
  language: {
    label: 'Langue',
    fr: 'Français',
    en: 'English',
  },
  auth: {
    loginTitle: 'Connexion',
    loginIntro: 'Connectez-vous pour accéder à vos espaces de certification.',
    email: 'Adresse électronique',
    password: 'Mot de passe',
    showPassword: 'Afficher le mot de passe',
    submit: 'Se connecter',
    forgotPassword: 'Mot de passe oublié ?',
    forgotPasswordHelp:
      'Demandez à l’administrateur de votre organisation un lien de réinitialisation. Lorsqu’aucun serveur de messagerie n’est configuré, il le génère avec la commande :',
    resetCommand: 'certeval user reset-password --email <adresse>',
    logout: 'Se déconnecter',
    logoutFailed: 'La déconnexion a échoué. Réessayez avant de quitter ce poste.',
    signedInAs: 'Connecté en tant que {{name}}',
  },
  reset: {
    title: 'Nouveau mot de passe',
    intro: 'Choisissez un mot de passe d’au moins 12 caractères.',
    password: 'Nouveau mot de passe',
    confirmation: 'Confirmation du mot de passe',
    submit: 'Enregistrer le mot de passe',
    tooShort: 'Le mot de passe doit contenir au moins 12 caractères.',
    mismatch: 'Les deux mots de passe ne sont pas identiques.',
    missingToken:
      'Ce lien de réinitialisation est incomplet. Demandez un nouveau lien à votre administrateur.',
    done: 'Votre mot de passe a été modifié. Vous pouvez maintenant vous connecter.',
    toLogin: 'Aller à la connexion',
  },
  errors: {
    network: 'Le serveur ne répond pas. Vérifiez votre connexion et réessayez.',
    unexpected: 'Une erreur inattendue est survenue. Réessayez plus tard.',
    notFoundTitle: 'Page introuvable',
    notFound: 'Cette page n’existe pas ou n’est pas accessible depuis votre espace.',
    backHome: 'Retour à l’accueil',
  },
  roles: {
    certifier_admin: 'Certificateur (administrateur)',
    company_pilot: 'Pilote du projet',
    tutor: 'Tuteur',
    trainer: 'Formateur',
    jury_member: 'Membre du jury',
    candidate: 'Candidat',
  },
  space: {
    label: 'Espace',
    name: '{{role}} · {{organisation}}',
    none: 'Aucun espace ne vous est encore attribué. Demandez à l’administrateur de votre organisation de vous ajouter à un projet.',
  },
  nav: {
    label: 'Menu principal',
    home: 'Accueil',
    openMenu: 'Ouvrir le menu',
    closeMenu: 'Fermer le menu',
  },
  home: {
    greeting: 'Bonjour, {{name}}',
    sectionsTitle: 'Vos rubriques',
    open: 'Ouvrir',
  },
  section: {
    notAvailable: 'Cette rubrique n’est pas encore disponible dans cette version de Certeval.',
    willHold: 'Ce qu’elle contiendra',
    backToHome: 'Retour à l’accueil de l’espace',
  },
  sections: {
    certifications: {
      title: 'Certifications et référentiels',
      description:
        'Les certifications de la branche et leurs référentiels d’activités, de compétences et d’évaluation, avec leurs règles de décision.',
    },
    companyProjects: {
      title: 'Projets d’entreprise',
      description:
        'Les projets de CQP déposés par les entreprises, à examiner et à approuver, avec le référentiel adapté de chacun.',
    },
    jurySessions: {
      title: 'Sessions de jury',
      description:
        'La convocation des jurys : date, lieu, composition et candidats présentés à chaque session.',
    },
    deliberations: {
      title: 'Délibérations',
      description:
        'Les grilles de synthèse, les décisions par domaine et pour la certification, et les procès-verbaux signés.',
    },
    certificates: {
      title: 'Certificats',
      description:
        'Les certificats délivrés, vérifiables par QR code ou par lien, et leur éventuelle révocation.',
    },
    statistics: {
      title: 'Statistiques',
      description:
        'Le nombre de candidats, de certifiés et de blocs acquis par certification et par année.',
    },
    cqpProject: {
      title: 'Projet CQP',
      description:
        'Les étapes du projet dans l’entreprise, de l’étude d’opportunité jusqu’au jury final.',
    },
    adaptedReferential: {
      title: 'Référentiel adapté',
      description:
        'Le référentiel national adapté à l’entreprise : activités retenues et outils d’évaluation.',
    },
    candidates: {
      title: 'Candidats',
      description:
        'L’inscription des candidats, leur positionnement et l’avancement de chacun dans son parcours.',
    },
    tutors: {
      title: 'Tuteurs',
      description: 'Les tuteurs désignés, leur formation et les candidats qu’ils accompagnent.',
    },
    steeringCommittee: {
      title: 'Comité de pilotage',
      description:
        'Les réunions du comité de pilotage, leurs participants et leurs comptes rendus.',
    },
    followUpBooklets: {
      title: 'Livrets de suivi',
      description: 'Les livrets de suivi de tous les candidats du projet.',
    },
    myCandidates: {
      title: 'Mes candidats',
      description: 'Les candidats que vous accompagnez et l’état de leurs évaluations.',
    },
    observationGrids: {
      title: 'Grilles d’observation',
      description:
        'Les grilles d’observation en situation de travail, en continu puis pour l’évaluation finale.',
    },
    followUpBooklet: {
      title: 'Livret de suivi',
      description: 'Le livret de suivi de chacun de vos candidats, tenu au fil de la formation.',
    },
    myGroups: {
      title: 'Mes groupes',
      description: 'Les groupes de candidats que vous formez.',
    },
    questionnaires: {
      title: 'Questionnaires',
      description:
        'Les questionnaires de connaissances (QCM, remise en ordre, description d’activité), en continu et pour l’épreuve écrite finale.',
    },
    results: {
      title: 'Résultats',
      description: 'Le pourcentage d’objectif atteint par domaine pour chaque candidat.',
    },
    myJurySessions: {
      title: 'Mes sessions de jury',
      description: 'Les sessions auxquelles vous êtes convoqué et les candidats à évaluer.',
    },
    evaluationGrids: {
      title: 'Grilles d’évaluation',
      description:
        'La grille du professionnel ou du jury : observation au poste, questions et appréciation de 0 à 100 % par observation.',
    },
    rolePlayCards: {
      title: 'Cartes de jeu de rôle',
      description: 'Les mises en situation à jouer avec le candidat pendant l’entretien.',
    },
    myPathway: {
      title: 'Mon parcours',
      description: 'Les étapes de votre parcours de certification et vos résultats par domaine.',
    },
    myQuestionnaires: {
      title: 'Mes questionnaires',
      description: 'Les questionnaires à passer et ceux que vous avez déjà remplis.',
    },
    myVaeBooklet: {
      title: 'Mon livret VAE',
      description:
        'Le livret de description de vos activités, avec vos documents, pour une validation des acquis de l’expérience.',
    },
    myCertificate: {
      title: 'Mon certificat',
      description: 'Votre certificat une fois délivré, à télécharger et à partager par un lien.',
    },
  },
};

export type Dictionary = typeof fr;
