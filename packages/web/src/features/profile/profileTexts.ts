// The texts of the profile page (issue 15, item 4), French first.
export const profileFr = {
  title: 'Mon profil',
  menu: 'Mon profil',
  intro: 'Votre langue et les courriels que Certeval vous envoie.',
  language: 'Langue de Certeval et de vos courriels',
  notifications: 'Courriels',
  optionalIntro:
    'Vous pouvez désactiver les avis qui ne font pas partie de la procédure de certification.',
  requiredIntro:
    'Les courriels de la procédure vous sont toujours envoyés : ils ne peuvent pas être désactivés.',
  always: 'Toujours envoyé',
  save: 'Enregistrer',
  saved: 'Vos préférences sont enregistrées.',
  templates: {
    'password-reset': 'Lien pour choisir un nouveau mot de passe',
    'account-created': 'Création de votre compte',
    invitation: 'Invitations',
    'jury-convocation': 'Convocation au jury',
    'questionnaire-assigned': 'Questionnaire à passer en ligne',
    'booklet-reopened': 'Livret VAE rouvert',
    'evaluation-to-do': 'Évaluation à faire (tuteur, formateur)',
    'decision-signed': 'Décision du jury',
    'certificate-issued': 'Certificat ou attestation délivré',
    'certificate-status': 'Certificat révoqué ou suspendu',
  },
};

export const profileEn: typeof profileFr = {
  title: 'My profile',
  menu: 'My profile',
  intro: 'Your language and the e-mails Certeval sends you.',
  language: 'Language of Certeval and of your e-mails',
  notifications: 'E-mails',
  optionalIntro: 'You may switch off the notices that are not part of the certification procedure.',
  requiredIntro:
    'The e-mails of the procedure are always sent to you: they cannot be switched off.',
  always: 'Always sent',
  save: 'Save',
  saved: 'Your preferences are saved.',
  templates: {
    'password-reset': 'Link to choose a new password',
    'account-created': 'Your account created',
    invitation: 'Invitations',
    'jury-convocation': 'Jury convocation',
    'questionnaire-assigned': 'Questionnaire to take online',
    'booklet-reopened': 'VAE booklet re-opened',
    'evaluation-to-do': 'Evaluation to do (tutor, trainer)',
    'decision-signed': 'Jury decision',
    'certificate-issued': 'Certificate or attestation issued',
    'certificate-status': 'Certificate revoked or suspended',
  },
};
