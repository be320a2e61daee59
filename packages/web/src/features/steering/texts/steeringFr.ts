// French texts of the steering committee's page (issue 16; seed 000, slide 3, "Comité de
// pilotage"). Plugged into i18n/fr.ts as its `steering` block; steeringEn.ts mirrors every key.
export const steeringFr = {
  empty: 'Aucun projet d’entreprise pour le moment : le comité de pilotage accompagne un projet.',
  cancel: 'Annuler',
  members: {
    title_one: 'Membre du comité ({{count}})',
    title_other: 'Membres du comité ({{count}})',
    empty: 'Aucun membre enregistré.',
    name: 'Nom',
    role: 'Rôle dans le comité',
    edit: 'Modifier les membres',
    add: 'Ajouter un membre',
    remove: 'Retirer {{name}}',
    save: 'Enregistrer les membres',
  },
  meetings: {
    title_one: 'Réunion ({{count}})',
    title_other: 'Réunions ({{count}})',
    empty: 'Aucune réunion prévue ni tenue.',
  },
  minutes: {
    none: 'Pas encore de compte rendu joint.',
    later: 'Le compte rendu se joindra après la réunion.',
    download: 'Compte rendu : {{name}}',
    size: '({{size}} Ko)',
    file: 'Compte rendu de « {{title}} » (PDF)',
    attach: 'Joindre',
  },
  plan: {
    title: 'Prévoir une réunion',
    date: 'Date',
    subject: 'Objet',
    agenda: 'Ordre du jour',
    submit: 'Enregistrer la réunion',
    done: 'Réunion « {{title}} » enregistrée.',
  },
};

export type SteeringDictionary = typeof steeringFr;
