// One closed set of error codes; one table maps each code to its HTTP status and its French
// and English messages. Every API error has the shape { code, message: { fr, en }, path? }.
export const errorTable = {
  unauthenticated: {
    status: 401,
    fr: 'Vous devez vous connecter.',
    en: 'You must sign in.',
  },
  forbidden: {
    status: 403,
    fr: "Vous n'avez pas le droit de faire cette action.",
    en: 'You are not allowed to do this.',
  },
  not_found: { status: 404, fr: 'Introuvable.', en: 'Not found.' },
  invalid_credentials: {
    status: 401,
    fr: 'Adresse e-mail ou mot de passe incorrect.',
    en: 'Wrong e-mail address or password.',
  },
  too_many_requests: {
    status: 429,
    fr: 'Trop de tentatives. Réessayez dans une minute.',
    en: 'Too many attempts. Try again in a minute.',
  },
  cross_site_request: {
    status: 403,
    fr: 'Requête refusée : elle a été envoyée depuis un autre site.',
    en: 'Request refused: it was sent from another site.',
  },
  invalid_text: {
    status: 400,
    fr: 'Un texte contient un caractère interdit (caractère nul ou demi-caractère isolé).',
    en: 'A text holds a forbidden character (a NUL character or an unpaired surrogate).',
  },
  payload_too_large: {
    status: 413,
    fr: 'La requête est trop volumineuse.',
    en: 'The request is too large.',
  },
  reset_token_invalid: {
    status: 400,
    fr: 'Ce lien de réinitialisation est invalide, expiré ou déjà utilisé.',
    en: 'This reset link is invalid, expired or already used.',
  },
  validation_failed: {
    status: 400,
    fr: 'La requête est invalide.',
    en: 'The request is invalid.',
  },
  conflict: {
    status: 409,
    fr: 'Cette donnée a été modifiée entre-temps ou existe déjà.',
    en: 'This data was changed meanwhile or already exists.',
  },
  referential_invalid: {
    status: 400,
    fr: "Le référentiel n'est pas valide : rien n'a été importé. Voir la liste des problèmes.",
    en: 'The referential is not valid: nothing was imported. See the list of problems.',
  },
  instrument_invalid: {
    status: 400,
    fr: "L'instrument n'est pas valide : rien n'a été enregistré. Voir la liste des problèmes.",
    en: 'The instrument is not valid: nothing was stored. See the list of problems.',
  },
  variant_invalid: {
    status: 400,
    fr: "Ces modifications ne s'appliquent pas au référentiel national : rien n'a été enregistré.",
    en: 'These changes do not apply to the national referential: nothing was saved.',
  },
  version_published: {
    status: 409,
    fr: 'Cette version est publiée : elle ne peut plus changer. Créez une nouvelle version.',
    en: 'This version is published: it can no longer change. Create a new version.',
  },
  candidate_invalid: {
    status: 400,
    fr: "Le dossier du candidat n'est pas valide : rien n'a été enregistré. Voir la liste des problèmes.",
    en: "The candidate's file is not valid: nothing was saved. See the list of problems.",
  },
  evaluation_invalid: {
    status: 400,
    fr: "L'évaluation n'est pas valide : rien n'a été enregistré. Voir la liste des problèmes.",
    en: 'The evaluation is not valid: nothing was saved. See the list of problems.',
  },
  evaluation_submitted: {
    status: 409,
    fr: 'Cette évaluation est validée : elle ne peut plus changer.',
    en: 'This evaluation is submitted: it can no longer change.',
  },
  booklet_submitted: {
    status: 409,
    fr: 'Ce livret est envoyé au jury : il ne peut plus changer.',
    en: 'This booklet is submitted to the jury: it can no longer change.',
  },
  booklet_reopen_refused: {
    status: 409,
    fr: 'Ce livret ne peut pas être rouvert.',
    en: 'This booklet cannot be re-opened.',
  },
  document_refused: {
    status: 400,
    fr: "Ce document n'est pas accepté : rien n'a été joint.",
    en: 'This document is not accepted: nothing was attached.',
  },
  transition_refused: {
    status: 409,
    fr: 'Ce changement d’étape du dossier est refusé.',
    en: 'This change of the file’s stage is refused.',
  },
  file_decided: {
    status: 409,
    fr: 'La décision du jury sur ce dossier est signée : il ne change plus, sauf réouverture par le certificateur.',
    en: "The jury's decision on this file is signed: it no longer changes, unless the certifier reopens it.",
  },
  decision_before_session: {
    status: 409,
    fr: 'Une décision de jury ne se signe pas avant le jour où le jury siège.',
    en: 'A jury decision cannot be signed before the day the jury sits.',
  },
  import_invalid: {
    status: 400,
    fr: "Le fichier n'est pas valide : rien n'a été importé. Voir la liste des problèmes.",
    en: 'The file is not valid: nothing was imported. See the list of problems.',
  },
  // Issue 14: the limits archives are read under (platform/archive/limits.ts); each message
  // names the limit crossed.
  archive_too_many_entries: {
    status: 413,
    fr: "L'archive contient trop de fichiers : rien n'a été importé.",
    en: 'The archive holds too many files: nothing was imported.',
  },
  archive_entry_too_large: {
    status: 413,
    fr: "Un fichier de l'archive est trop volumineux une fois décompressé : rien n'a été importé.",
    en: 'A file of the archive is too large once uncompressed: nothing was imported.',
  },
  archive_too_large: {
    status: 413,
    fr: "Les fichiers de l'archive sont trop volumineux une fois décompressés : rien n'a été importé.",
    en: 'The files of the archive are too large once uncompressed: nothing was imported.',
  },
  archive_ratio_too_high: {
    status: 413,
    fr: "Un fichier de l'archive est anormalement compressé : rien n'a été importé.",
    en: 'A file of the archive is abnormally compressed: nothing was imported.',
  },
  upload_too_large: {
    status: 413,
    fr: "Le fichier envoyé est trop volumineux : rien n'a été importé.",
    en: 'The file sent is too large: nothing was imported.',
  },
  import_interrupted: {
    status: 500,
    fr: 'L’import s’est interrompu : le serveur qui le faisait s’est arrêté. Rien n’a été enregistré ; envoyez le fichier à nouveau.',
    en: 'The import was interrupted: the server running it stopped. Nothing was stored; send the file again.',
  },
  server_busy: {
    status: 503,
    fr: 'Le serveur lit déjà beaucoup de fichiers : réessayez dans un instant.',
    en: 'The server is already reading many files: try again in a moment.',
  },
  // Issue 19, item 5: the certifier erases people, never their own account.
  personal_data_self_erasure: {
    status: 409,
    fr: 'Vous ne pouvez pas effacer votre propre compte : un autre administrateur du certificateur doit le faire.',
    en: 'You cannot erase your own account: another administrator of the certifier must do it.',
  },
  // Issue 18, item 6: the declaration of holders to the Caisse des Dépôts.
  cdc_settings_missing: {
    status: 409,
    fr: 'Renseignez d’abord les identifiants Caisse des Dépôts du certificateur (identifiant client et identifiant de contrat).',
    en: 'First give the certifier’s Caisse des Dépôts identifiers (client and contract identifiers).',
  },
  cdc_holder_data_missing: {
    status: 422,
    fr: 'Des titulaires n’ont pas les données que la déclaration demande : rien n’a été exporté. Voir la liste.',
    en: 'Some holders lack the data the declaration needs: nothing was exported. See the list.',
  },
  cdc_nothing_to_declare: {
    status: 409,
    fr: 'Aucun document à déclarer sur cette période : tous sont déjà déclarés, ou aucun n’a été délivré.',
    en: 'No document to declare over this period: all are declared already, or none was issued.',
  },
  internal: {
    status: 500,
    fr: 'Erreur interne. Elle a été journalisée.',
    en: 'Internal error. It has been logged.',
  },
} as const satisfies Record<string, { status: number; fr: string; en: string }>;

export type ErrorCode = keyof typeof errorTable;

/** One located problem of an imported file (file, line, JSON path, field). */
export interface ProblemDetail {
  code: string;
  path: string;
  line?: number;
  file?: string;
  /** For a spreadsheet: the sheet and the column letter; `line` is the row. */
  sheet?: string;
  column?: string;
  message: { fr: string; en: string };
}

export interface ErrorBody {
  code: ErrorCode;
  message: { fr: string; en: string };
  path?: string;
  problems?: ProblemDetail[];
}

/** An expected failure a use case reports; routes turn it into its HTTP status and body. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly detail?: { fr: string; en: string },
    readonly path?: string,
    readonly problems?: ProblemDetail[],
  ) {
    super(code);
  }

  get status(): number {
    return errorTable[this.code].status;
  }

  toBody(): ErrorBody {
    const { fr, en } = this.detail ?? errorTable[this.code];
    return {
      code: this.code,
      message: { fr, en },
      ...(this.path ? { path: this.path } : {}),
      ...(this.problems ? { problems: this.problems } : {}),
    };
  }
}
