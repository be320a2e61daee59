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
  referential: {
    listTitle: 'Certifications et référentiels',
    listIntro:
      'Les certifications et les versions de leurs référentiels d’activités, de compétences et d’évaluation.',
    empty: 'Aucune certification n’est encore enregistrée.',
    columns: {
      title: 'Certification',
      kind: 'Type',
      rncp: 'N° RNCP',
      versions: 'Versions',
    },
    versionLink: 'Version {{version}}',
    nodeCount_one: '{{count}} élément',
    nodeCount_other: '{{count}} éléments',
    noVersion: 'Aucune version',
    kinds: {
      cqp: 'CQP',
      rncp_title: 'Titre RNCP',
      rs: 'RS',
      diploma: 'Diplôme',
    },
    statuses: {
      published: 'Publiée',
      draft: 'Brouillon',
    },
    backToList: 'Toutes les certifications',
    versionTitle: 'Version {{version}}',
    revision: 'Révision {{revision}}',
    rncpNumber: 'RNCP {{number}}',
    download: 'Télécharger (JSON)',
    print: 'Imprimer / PDF',
    viewsLabel: 'Vues du référentiel',
    views: {
      tree: 'Arborescence',
      matrix: 'Matrice activités × compétences',
      domains: 'Compétences par domaine',
      discrepancies: 'Écarts de la source',
      compare: 'Comparer les versions',
    },
    nodeTypes: {
      function: 'Fonction',
      mission: 'Mission',
      activity: 'Activité',
      sub_activity: 'Sous-activité',
      task: 'Tâche',
      activity_area: 'Domaine d’activité',
      bloc: 'Bloc de compétences',
      domain: 'Domaine',
      competence: 'Compétence',
      knowledge_item: 'Savoir',
      performance_criterion: 'Critère de performance',
      evaluation_modality: 'Modalité d’évaluation',
      condition_of_realisation: 'Conditions de réalisation',
    },
    competenceKinds: {
      knowledge: 'Connaissances (C)',
      know_how: 'Savoir-faire (SF)',
      aptitude: 'Qualités / aptitudes',
      professional_behaviour: 'Comportements professionnels (CP)',
    },
    competenceKindCodes: {
      knowledge: 'C',
      know_how: 'SF',
      aptitude: 'A',
      professional_behaviour: 'CP',
    },
    tree: {
      activityTitle: 'Référentiel d’activités',
      competenceTitle: 'Référentiel de compétences',
      search: 'Rechercher par code ou libellé',
      results_one: '{{count}} élément trouvé',
      results_other: '{{count}} éléments trouvés',
      noResult: 'Aucun élément ne correspond à « {{query}} ».',
      expandAll: 'Tout déplier',
      collapseAll: 'Tout replier',
    },
    matrix: {
      caption:
        'Compétences requises : une marque signale que la ligne requiert la compétence de la colonne ({{links}} liens). Survolez un code pour lire son libellé.',
      corner: 'Requiert →',
      required: 'requise',
      otherGroup: 'Sans rattachement',
      none: 'Ce référentiel ne relie aucune activité à des compétences.',
    },
    domains: {
      byDomain: 'Les compétences de chaque domaine par nature, puis les qualités et aptitudes.',
      byBloc: 'Les compétences de chaque bloc de compétences, par nature.',
      byParent: 'Les compétences regroupées sous l’élément auquel elles se rattachent.',
      shared: 'Communes à tous les domaines',
      unclassified: 'Sans nature précisée',
      none: 'Ce référentiel ne contient aucune compétence.',
    },
    discrepancies: {
      intro:
        'Là où la source se contredit ou est incomplète : ce qu’elle dit, et ce qui a été retenu.',
      none: 'Aucun écart n’a été relevé dans cette version.',
      general: 'Ensemble du référentiel',
      source: 'Source : {{source}}',
      variants: 'Variantes dans la source',
    },
    compare: {
      from: 'Version de départ',
      to: 'Version d’arrivée',
      onlyOne:
        'Cette certification n’a qu’une version : elle est comparée avec elle-même. Choisissez d’autres versions dès qu’il en existe.',
      none: 'Aucune différence entre ces deux versions.',
      added: 'Éléments ajoutés',
      removed: 'Éléments supprimés',
      changed: 'Éléments modifiés',
      addedLinks: 'Liens ajoutés',
      removedLinks: 'Liens supprimés',
      code: 'Code',
      field: 'Champ',
      before: 'Avant',
      after: 'Après',
      empty: '(vide)',
      summary:
        '{{added}} ajoutés, {{removed}} supprimés, {{changed}} modifiés, {{links}} liens changés',
    },
    linkTypes: {
      requires: 'requiert',
      belongs_to: 'appartient à',
      evaluates: 'évalue',
      replaced_by: 'est remplacé par',
      equivalent_to: 'est équivalent à',
    },
  },
  variant: {
    listTitle: 'Référentiel adapté',
    listIntro:
      'Les adaptations des référentiels nationaux à {{organisation}} : libellés renommés, notes, éléments masqués ou ajoutés. Le référentiel national n’est jamais modifié.',
    empty: 'Aucune adaptation n’a encore été créée pour cette entreprise.',
    columns: {
      name: 'Adaptation',
      certification: 'Certification',
      version: 'Version nationale',
      changes: 'Modifications',
      updatedAt: 'Dernière mise à jour',
    },
    versionLabel: 'Version {{version}}',
    changeCount_one: '{{count}} modification',
    changeCount_other: '{{count}} modifications',
    create: {
      title: 'Nouvelle adaptation',
      intro: 'Une adaptation part d’une version publiée d’un référentiel national.',
      name: 'Nom de l’adaptation',
      certification: 'Certification',
      version: 'Version publiée',
      choose: 'Choisir…',
      submit: 'Créer l’adaptation',
      noPublished: 'Aucune version publiée n’est disponible pour le moment.',
      required: 'Ce champ est obligatoire.',
    },
    backToList: 'Toutes les adaptations',
    national: 'Adapte : {{certification}}, version {{version}}',
    openNational: 'Voir la version nationale',
    revision: 'Révision {{revision}}',
    updatedAt: 'Mise à jour le {{date}}',
    print: 'Imprimer / PDF',
    readOnly:
      'Lecture seule : seul le pilote du projet dans l’entreprise peut modifier cette adaptation.',
    linesTitle: 'Le référentiel adapté, ligne par ligne',
    onlyModified: 'Seulement les lignes modifiées',
    linesShown: '{{shown}} lignes affichées sur {{total}}',
    noModified: 'Aucune ligne ne diffère du référentiel national.',
    statuses: {
      renamed: 'Renommé',
      annotated: 'Annoté',
      hidden: 'Masqué',
      added: 'Ajouté',
    },
    unsaved: 'Non enregistré',
    companyLabel: 'Libellé de l’entreprise : {{label}}',
    companyNote: 'Note de l’entreprise : {{note}}',
    hiddenReason: 'Raison : {{reason}}',
    hiddenWith: 'Masqué avec {{code}}',
    actions: {
      group: 'Actions sur {{code}}',
      rename: 'Renommer',
      annotate: 'Annoter',
      hide: 'Masquer',
      unhide: 'Réafficher',
      add: 'Ajouter dessous',
      remove: 'Retirer',
      renameItem: 'Renommer {{code}}',
      annotateItem: 'Annoter {{code}}',
      hideItem: 'Masquer {{code}}',
      unhideItem: 'Réafficher {{code}}',
      addItem: 'Ajouter dessous {{code}}',
      removeItem: 'Retirer {{code}}, ajouté par l’entreprise',
    },
    dialog: {
      renameTitle: 'Renommer {{code}}',
      annotateTitle: 'Annoter {{code}}',
      hideTitle: 'Masquer {{code}}',
      addTitle: 'Ajouter un élément sous {{code}}',
      nationalLabel: 'Libellé national : {{label}}',
      label: 'Libellé de l’entreprise',
      note: 'Note de l’entreprise',
      reason: 'Raison (facultatif)',
      hideHelp:
        'L’élément et tout ce qu’il contient n’apparaîtront plus dans l’adaptation ; le référentiel national n’est pas modifié.',
      code: 'Code',
      codeHelp:
        'Un code qui n’existe pas dans le référentiel national, par exemple préfixé par l’entreprise.',
      type: 'Type',
      newLabel: 'Libellé',
      apply: 'Appliquer',
      cancel: 'Annuler',
      revert: 'Retirer cette modification',
      required: 'Ce champ est obligatoire.',
      codeTaken: 'Le code « {{code}} » est déjà utilisé.',
      noChildType: 'Aucun type d’élément ne peut être placé sous cet élément.',
    },
    describe: {
      rename: 'Renommer {{code}} en « {{label}} »',
      annotate: 'Annoter {{code}} : « {{note}} »',
      hide: 'Masquer {{code}}',
      add: 'Ajouter {{code}} ({{type}}) sous {{parent}} : « {{label}} »',
    },
    pending: {
      title: 'Modifications non enregistrées',
      count_one: '{{count}} modification non enregistrée',
      count_other: '{{count}} modifications non enregistrées',
      none: 'Aucune modification en attente.',
      statuses: {
        new: 'Nouvelle',
        modified: 'Modifiée',
        removed: 'Retirée',
        saved: 'Déjà enregistrée',
      },
      undo: 'Annuler : {{change}}',
      undoShort: 'Annuler',
    },
    save: {
      button: 'Enregistrer',
      saved: 'Modifications enregistrées (révision {{revision}}).',
      conflictTitle: 'Quelqu’un d’autre a enregistré cette adaptation entre-temps',
      conflict:
        'Vos modifications n’ont pas été enregistrées et rien n’a été écrasé : ce que l’autre personne a enregistré est intact. Rechargez l’adaptation pour repartir de son contenu ; vos modifications non enregistrées seront alors perdues.',
      reload: 'Recharger l’adaptation enregistrée',
      confirmReload_one: 'Votre modification non enregistrée sera perdue. Recharger quand même ?',
      confirmReload_other:
        'Vos {{count}} modifications non enregistrées seront perdues. Recharger quand même ?',
      confirm: 'Oui, recharger',
      keep: 'Non, garder mes modifications',
      invalid:
        'Rien n’a été enregistré : certaines modifications ne s’appliquent pas au référentiel national. Chaque problème est indiqué à côté de la modification concernée.',
      problems:
        'Certaines modifications ne s’appliquent pas au référentiel national : chaque problème est indiqué à côté de la modification concernée.',
    },
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
