// One fiche of France Compétences' open data export (RNCP or RS), as read from the XML flux
// (4.1) or rebuilt from the CSV export's tables, before any cleaning. Every value is the raw
// text of the source, so the cleaning rules (and their warnings) live once, in mapFiche.ts.
// The flux element each field comes from is named beside it.

export interface RncpCodeLabel {
  /** Where it was read when not with the fiche itself (a side table of the CSV export). */
  source?: RncpSource;
  code: string; // CODE
  label?: string; // LIBELLE
}

/** Where a part of the export was read: the file (or the zip's entry) and its line. */
export interface RncpSource {
  file: string;
  line?: number;
}

/** "export.xml, line 1234", for sources written into the referential (no control character). */
export const sourceText = (s: RncpSource) =>
  Array.from(s.line === undefined ? s.file : `${s.file}, line ${s.line}`)
    .filter((c) => c.charCodeAt(0) >= 0x20 && c.charCodeAt(0) !== 0x7f)
    .join('');

export interface RncpCertifierRecord {
  /** Where it was read when not with the fiche itself (the CSV export's Certificateurs file). */
  source?: RncpSource;
  siret?: string; // SIRET_CERTIFICATEUR
  name?: string; // NOM_CERTIFICATEUR
  status?: string; // ETAT_CERTIFICATEUR: Actif / Inactif
}

export interface RncpBlocRecord {
  source?: RncpSource;
  code?: string; // BLOC_COMPETENCES/CODE, e.g. RNCP34762BC01
  label?: string; // LIBELLE
  competences?: string; // LISTE_COMPETENCES: one free text, as published
  evaluation?: string; // MODALITES_EVALUATION
}

/** CORRESPONDANCE: blocs of this fiche that match blocs of another fiche. */
export interface RncpCorrespondenceRecord {
  fromBlocs: string[]; // SOURCE/BLOC_COMPETENCES/CODE
  toFiche?: string; // DESTINATION/NUMERO_FICHE
  toBlocs: string[]; // DESTINATION/BLOC_COMPETENCES/CODE
}

export interface RncpDatesRecord {
  decision?: string; // DATE_DECISION (dd/mm/yyyy)
  effective?: string; // DATE_EFFET
  registrationEnd?: string; // DATE_FIN_ENREGISTREMENT
  awardDeadline?: string; // DATE_LIMITE_DELIVRANCE
  publication?: string; // DATE_DE_PUBLICATION
  lastOfficialJournal?: string; // DATE_DERNIER_JO
}

export interface RncpFicheRecord {
  /** Where the fiche was read, for warnings: export.xml, line 1234. */
  location: RncpSource;
  id?: string; // ID_FICHE
  number?: string; // NUMERO_FICHE: RNCP34762, RS5000
  title?: string; // INTITULE
  abbreviation?: RncpCodeLabel; // ABREGE
  active?: string; // ACTIF: Oui / Non (XML), ACTIVE / INACTIVE (CSV)
  state?: string; // ETAT_FICHE: Publiée...
  registrationType?: string; // TYPE_ENREGISTREMENT
  level?: RncpCodeLabel; // NOMENCLATURE_EUROPE: NIVEAU, LIBELLE
  dates: RncpDatesRecord;
  nsf: RncpCodeLabel[]; // CODES_NSF/NSF
  rome: RncpCodeLabel[]; // CODES_ROME/ROME
  formacode: RncpCodeLabel[]; // FORMACODES/FORMACODE
  certifiers: RncpCertifierRecord[]; // CERTIFICATEURS/CERTIFICATEUR
  blocs: RncpBlocRecord[]; // BLOCS_COMPETENCES/BLOC_COMPETENCES
  /** An RS fiche's competences, one free text as published (the CSV export has none). */
  capacities?: string; // CAPACITES_ATTESTEES
  replaces: string[]; // ANCIENNES_CERTIFICATIONS/.../ID_FICHE_ANCIENNE_CERTIFICATION
  replacedBy: string[]; // NOUVELLES_CERTIFICATIONS/.../ID_FICHE_NOUVELLE_CERTIFICATION
  /** Where each of `replaces` and `replacedBy` was read, when not with the fiche (the CSV's chain file). */
  chainSources?: { replaces: RncpSource[]; replacedBy: RncpSource[] };
  correspondences: RncpCorrespondenceRecord[]; // CORRESPONDANCES/CORRESPONDANCE
}

/** A fiche record with every list empty, to fill field by field. */
export function emptyFicheRecord(location: RncpSource): RncpFicheRecord {
  return {
    location,
    dates: {},
    nsf: [],
    rome: [],
    formacode: [],
    certifiers: [],
    blocs: [],
    replaces: [],
    replacedBy: [],
    correspondences: [],
  };
}
