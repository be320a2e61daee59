// The texts of the declaration of holders to the Caisse des Dépôts (issue 18, item 6), on the
// certifier's Certificats page. Merged into i18n/fr.ts and en.ts under `cdc`; the English
// mirrors the French key for key (typed so).
export const cdcFr = {
  title: 'Déclaration des titulaires à la Caisse des Dépôts',
  intro:
    'Chaque titulaire d’une certification enregistrée au RNCP ou au RS est déclaré à la Caisse des Dépôts, qui inscrit la certification sur son compte formation. Le fichier XML se dépose sur l’espace certificateur de la Caisse des Dépôts ; chaque document n’y est déclaré qu’une fois, sauf s’il a changé.',
  settings: {
    title: 'Identifiants Caisse des Dépôts',
    intro: 'Ceux que la Caisse des Dépôts a attribués au certificateur.',
    idClient: 'Identifiant client',
    idClientHelp: '8 lettres ou chiffres.',
    idContrat: 'Identifiant de contrat',
    idContratHelp: 'Jusqu’à 20 caractères.',
    save: 'Enregistrer les identifiants',
    saved: 'Identifiants enregistrés.',
    missing: 'Renseignez les identifiants avant de déclarer.',
  },
  period: {
    from: 'Documents délivrés du',
    to: 'au',
    certification: 'Certification',
    all: 'Toutes',
    check: 'Préparer la déclaration',
    download: 'Télécharger la déclaration (XML)',
    downloaded_one: 'Déclaration téléchargée : {{count}} document déclaré.',
    downloaded_other: 'Déclaration téléchargée : {{count}} documents déclarés.',
  },
  preview: {
    toDeclare_one: '{{count}} document à déclarer.',
    toDeclare_other: '{{count}} documents à déclarer.',
    corrections_one: '{{count}} document déjà déclaré, modifié depuis : il sera déclaré à nouveau.',
    corrections_other:
      '{{count}} documents déjà déclarés, modifiés depuis : ils seront déclarés à nouveau.',
    alreadyDeclared_one: '{{count}} document déjà déclaré, inchangé.',
    alreadyDeclared_other: '{{count}} documents déjà déclarés, inchangés.',
    missingTitle: 'Titulaires dont le dossier est incomplet',
    missingIntro:
      'Complétez leur dossier (sexe, code INSEE de la commune de naissance) : rien n’est exporté tant qu’il manque une donnée.',
    complete: 'Compléter le dossier',
    notDeclarableTitle: 'Documents que la déclaration ne peut pas contenir',
    revocationsTitle: 'Documents révoqués après leur déclaration',
    revocationsIntro:
      'Signalez-les à la Caisse des Dépôts : le fichier ne sait pas dire une révocation. Ils sont listés une fois, avec la prochaine déclaration.',
    revokedOn: 'révoqué le {{date}} : {{reason}}',
  },
};

export type CdcTexts = typeof cdcFr;

export const cdcEn: CdcTexts = {
  title: 'Declaration of holders to the Caisse des Dépôts',
  intro:
    'Each holder of a certification registered in the RNCP or the RS is declared to the Caisse des Dépôts, which records the certification on their training account. The XML file is uploaded to the certifier area of the Caisse des Dépôts; each document is declared there once, unless it changed.',
  settings: {
    title: 'Caisse des Dépôts identifiers',
    intro: 'Those the Caisse des Dépôts gave the certifier.',
    idClient: 'Client identifier',
    idClientHelp: '8 letters or digits.',
    idContrat: 'Contract identifier',
    idContratHelp: 'Up to 20 characters.',
    save: 'Save the identifiers',
    saved: 'Identifiers saved.',
    missing: 'Give the identifiers before declaring.',
  },
  period: {
    from: 'Documents issued from',
    to: 'to',
    certification: 'Certification',
    all: 'All',
    check: 'Prepare the declaration',
    download: 'Download the declaration (XML)',
    downloaded_one: 'Declaration downloaded: {{count}} document declared.',
    downloaded_other: 'Declaration downloaded: {{count}} documents declared.',
  },
  preview: {
    toDeclare_one: '{{count}} document to declare.',
    toDeclare_other: '{{count}} documents to declare.',
    corrections_one:
      '{{count}} document declared before, changed since: it will be declared again.',
    corrections_other:
      '{{count}} documents declared before, changed since: they will be declared again.',
    alreadyDeclared_one: '{{count}} document already declared, unchanged.',
    alreadyDeclared_other: '{{count}} documents already declared, unchanged.',
    missingTitle: 'Holders whose record is incomplete',
    missingIntro:
      'Complete their record (sex, INSEE code of the birth commune): nothing is exported while a piece of data is missing.',
    complete: 'Complete the record',
    notDeclarableTitle: 'Documents the declaration cannot hold',
    revocationsTitle: 'Documents revoked after their declaration',
    revocationsIntro:
      'Report them to the Caisse des Dépôts: the file cannot say a revocation. They are listed once, with the next declaration.',
    revokedOn: 'revoked on {{date}}: {{reason}}',
  },
};
