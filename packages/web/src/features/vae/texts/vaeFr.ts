// French texts of the VAE booklet (issue 6, item 5). Plugged into i18n/fr.ts as its `vae`
// block; vaeEn.ts mirrors every key.
export const vaeFr = {
  page: {
    title: 'Livret descriptif d’activité',
    of: 'Livret de {{name}}',
    intro:
      'Décrivez vos activités, mission par mission, avec des exemples de votre travail. Le jury lit votre livret avant l’entretien qui suit votre présentation orale.',
    saved:
      'Chaque réponse est enregistrée pendant que vous écrivez : vous pouvez reprendre plus tard.',
    notVae:
      'Votre parcours n’est pas une VAE : vous n’avez pas de livret descriptif d’activité à remplir.',
    back: 'Retour au dossier',
    section: '{{id}} — {{title}}',
    answerLabel: 'Votre réponse',
    answerOf: 'Réponse du candidat',
    noAnswer: 'Pas de réponse.',
    submittedOn: 'Livret envoyé au jury le {{date}} : il ne peut plus changer.',
    draft: 'Livret en cours de rédaction par le candidat.',
  },
  status: {
    draft: 'En rédaction',
    submitted: 'Envoyé au jury',
  },
  documents: {
    title: 'Documents techniques',
    intro:
      'Joignez si vous le souhaitez des documents qui illustrent votre travail : PDF, images PNG ou JPEG, documents bureautiques (Word, Excel, PowerPoint, OpenDocument), {{size}} Mo au plus chacun.',
    none: 'Aucun document joint.',
    file: 'Document à joindre',
    section: 'Se rapporte à',
    anySection: 'Tout le livret',
    attach: 'Joindre le document',
    attached: '« {{name}} » est joint au livret.',
    remove: 'Retirer',
    removeNamed: 'Retirer « {{name}} »',
    removed: '« {{name}} » est retiré du livret.',
    download: 'Télécharger « {{name}} »',
    size: '{{size}} Ko',
    listCaption: 'Documents joints au livret',
    name: 'Document',
    where: 'Section',
    weight: 'Taille',
    actions: 'Actions',
  },
  submit: {
    title: 'Envoyer le livret au jury',
    allAnswered: 'Vous avez répondu à chaque question.',
    unanswered_one: '{{count}} question est sans réponse : répondez-y avant d’envoyer le livret.',
    unanswered_other:
      '{{count}} questions sont sans réponse : répondez-y avant d’envoyer le livret.',
    button: 'Envoyer le livret',
    confirmText:
      'Une fois envoyé, votre livret et ses documents ne pourront plus changer, et votre dossier sera présenté au jury. Envoyer le livret ?',
    confirm: 'Confirmer l’envoi',
    cancel: 'Continuer à écrire',
    notSaved: 'Vos dernières réponses ne sont pas encore enregistrées : réessayez dans un instant.',
    done: 'Votre livret est envoyé au jury.',
  },
  conflict: {
    title: 'Votre livret a changé dans un autre onglet',
    message:
      'Un autre onglet ou appareil a enregistré votre livret depuis l’ouverture de cette page. Les dernières réponses de cette page n’ont pas été envoyées.',
    reload: 'Recharger mon livret',
    confirmReload: 'Les réponses non enregistrées de cette page seront perdues. Recharger ?',
    confirm: 'Recharger',
    keep: 'Garder cette page',
  },
  jury: {
    title: 'Livret du candidat',
    intro:
      'Sous chaque question, la réponse écrite par le candidat dans son livret descriptif d’activité.',
    notSubmitted: 'Le candidat n’a pas encore envoyé son livret.',
    evidenceTitle: 'Dans le livret du candidat',
    evidenceHint: 'Les réponses du livret qui étayent cette ligne.',
    noAnswer: 'Pas encore de réponse à cette question.',
    supports: 'Étaye les lignes de la grille du jury :',
  },
  reopen: {
    button: 'Rouvrir le livret',
    title: 'Rouvrir le livret envoyé au jury',
    intro:
      'Le candidat pourra de nouveau modifier son livret et ses documents, puis l’envoyer au jury ; d’ici là, son dossier n’est plus présenté au jury. Le motif est inscrit au journal et montré au candidat.',
    reason: 'Motif de la réouverture',
    confirm: 'Rouvrir le livret',
    cancel: 'Annuler',
    notice: 'Livret rouvert le {{date}} par {{name}} : « {{reason}} »',
    toCandidate: 'Complétez-le, puis envoyez-le de nouveau au jury.',
  },
  open: 'Livret VAE',
};
