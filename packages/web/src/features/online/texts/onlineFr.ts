// French texts of the questionnaire taken online (issue 5, item 6). Plugged into i18n/fr.ts as
// its `online` block (a file of its own, as the jury's, so parallel work on the shared
// dictionaries meets one line); onlineEn.ts mirrors every key.
export const onlineFr = {
  assign: {
    open: 'Faire passer en ligne',
    title: 'Faire passer un questionnaire en ligne',
    intro:
      'Le candidat passe le questionnaire depuis son espace ; ses réponses aux questions fermées sont corrigées dès qu’il termine.',
    instrument: 'Questionnaire',
    kind: 'Type d’évaluation',
    date: 'Date de l’évaluation',
    submit: 'Confier au candidat',
    cancel: 'Annuler',
    none: 'Aucun questionnaire publié pour la certification du candidat.',
    done: '« {{title}} » est confié au candidat : il le trouvera dans son parcours.',
  },
  cards: {
    title: 'Questionnaires à passer',
    assigned: 'À passer',
    in_progress: 'En cours',
    minutes_one: 'Durée : {{count}} minute',
    minutes_other: 'Durée : {{count}} minutes',
    untimed: 'Sans limite de temps',
    left: 'Temps restant : {{time}}',
    questions_one: '{{count}} question',
    questions_other: '{{count}} questions',
    assignedOn: 'Confié le {{date}}',
    start: 'Commencer',
    resume: 'Reprendre',
    startNamed: 'Commencer « {{title}} »',
    resumeNamed: 'Reprendre « {{title}} »',
  },
  take: {
    pageTitle: 'Questionnaire',
    back: 'Retour à mon parcours',
    timed_one:
      'Vous aurez {{count}} minute. Le temps commence quand vous cliquez sur « Commencer maintenant » et continue même si vous fermez la page.',
    timed_other:
      'Vous aurez {{count}} minutes. Le temps commence quand vous cliquez sur « Commencer maintenant » et continue même si vous fermez la page.',
    untimed: 'Ce questionnaire n’a pas de limite de temps.',
    saved: 'Chaque réponse est enregistrée au fur et à mesure : vous pouvez reprendre plus tard.',
    startNow: 'Commencer maintenant',
    question: 'Question {{number}} sur {{total}}',
    section: 'Partie : {{title}}',
    finished: 'Ce questionnaire est terminé.',
  },
  timer: {
    label: 'Temps restant',
    fiveMinutes: '5 minutes restantes',
    timeUp: 'Temps écoulé : le questionnaire se termine avec vos réponses enregistrées.',
  },
  answer: {
    single: 'Une seule réponse',
    multiple: 'Une ou plusieurs réponses',
    ordering: 'Classez les éléments dans l’ordre avec les boutons « Monter » et « Descendre ».',
    position: '{{position}}.',
    up: 'Monter « {{text}} »',
    down: 'Descendre « {{text}} »',
    upShort: 'Monter',
    downShort: 'Descendre',
    moved: '« {{text}} » est maintenant en position {{position}} sur {{total}}.',
    matching: 'Associez chaque élément de gauche à un élément de la liste.',
    matchFor: 'Associer « {{text}} » à',
    noMatch: '— Choisir —',
    text: 'Votre réponse',
    open: 'Votre réponse rédigée',
    answered: 'Répondu',
    notAnswered: 'Sans réponse',
  },
  finish: {
    title: 'Terminer le questionnaire',
    allAnswered: 'Vous avez répondu à toutes les questions.',
    unanswered_one: '{{count}} question est sans réponse.',
    unanswered_other: '{{count}} questions sont sans réponse.',
    button: 'Terminer',
    confirmText:
      'Une fois terminé, vous ne pourrez plus modifier vos réponses. Terminer le questionnaire ?',
    confirm: 'Confirmer et terminer',
    cancel: 'Continuer à répondre',
    notSaved: 'Vos dernières réponses ne sont pas encore enregistrées : réessayez dans un instant.',
  },
  conflict: {
    title: 'Vos réponses ont changé dans un autre onglet',
    message:
      'Un autre onglet ou un autre appareil a enregistré vos réponses depuis que vous avez ouvert cette page. Les dernières réponses de cette page n’ont pas été envoyées.',
    reload: 'Recharger mes réponses',
    confirmReload: 'Les réponses non enregistrées de cette page seront perdues. Recharger ?',
    confirm: 'Recharger',
    keep: 'Garder cette page',
  },
  result: {
    title: 'Questionnaire terminé',
    submitted: 'Vos réponses sont corrigées. Votre résultat par domaine :',
    toGrade:
      'Vos réponses aux questions fermées sont corrigées ; les réponses rédigées sont en attente de correction par votre formateur.',
    caption: 'Résultat par domaine',
    domain: 'Domaine',
    percentage: 'Résultat',
    value: '{{value}} %',
    pending: 'en attente de correction',
    domainName: '{{code}} — {{title}}',
  },
};

export type OnlineDictionary = typeof onlineFr;
