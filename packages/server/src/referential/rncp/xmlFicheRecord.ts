// From the elements of one <FICHE> of the XML flux (4.1) to a plain fiche record. The
// elements are the small subset the streaming reader keeps (see KEPT_FICHE_ELEMENTS).
import {
  emptyFicheRecord,
  type RncpCodeLabel,
  type RncpFicheRecord,
  type RncpSource,
} from '@certeval/core/referential/rncp/record';

export interface XmlElement {
  name: string;
  text: string;
  children: XmlElement[];
  /** The line of its start tag. */
  line: number;
}

/** The children of <FICHE> read; the rest (partners, long texts, juries…) is skipped. */
export const KEPT_FICHE_ELEMENTS: ReadonlySet<string> = new Set([
  'ID_FICHE',
  'NUMERO_FICHE',
  'INTITULE',
  'ABREGE',
  'ACTIF',
  'ETAT_FICHE',
  'TYPE_ENREGISTREMENT',
  'NOMENCLATURE_EUROPE',
  'DATE_DECISION',
  'DATE_EFFET',
  'DATE_FIN_ENREGISTREMENT',
  'DATE_LIMITE_DELIVRANCE',
  'DATE_DE_PUBLICATION',
  'DATE_DERNIER_JO',
  'CODES_NSF',
  'CODES_ROME',
  'FORMACODES',
  'CERTIFICATEURS',
  'BLOCS_COMPETENCES',
  'CAPACITES_ATTESTEES',
  'ANCIENNES_CERTIFICATIONS',
  'NOUVELLES_CERTIFICATIONS',
  'CORRESPONDANCES',
]);

const child = (el: XmlElement | undefined, name: string) =>
  el?.children.find((c) => c.name === name);
const text = (el: XmlElement | undefined, name: string) => child(el, name)?.text;

/** Children found by a path of names: all(fiche, 'CODES_NSF', 'NSF'). */
function all(el: XmlElement | undefined, ...path: string[]): XmlElement[] {
  let level = el === undefined ? [] : [el];
  for (const name of path) level = level.flatMap((e) => e.children.filter((c) => c.name === name));
  return level;
}

const codeLabel = (el: XmlElement): RncpCodeLabel => ({
  code: text(el, 'CODE') ?? '',
  label: text(el, 'LIBELLE'),
});

function codeLabelOf(el: XmlElement | undefined, codeName: string): RncpCodeLabel | undefined {
  if (el === undefined) return undefined;
  return { code: text(el, codeName) ?? '', label: text(el, 'LIBELLE') };
}

const texts = (els: XmlElement[]) => els.map((e) => e.text);

function correspondence(el: XmlElement) {
  const source = child(el, 'SOURCE');
  const destination = child(el, 'DESTINATION');
  return {
    fromBlocs: texts(all(source, 'BLOC_COMPETENCES', 'CODE')),
    toFiche: text(destination, 'NUMERO_FICHE'),
    toBlocs: texts(all(destination, 'BLOC_COMPETENCES', 'CODE')),
  };
}

/** The record of a <FICHE> read from `file`; certifiers and blocs keep their own line. */
export function ficheRecord(fiche: XmlElement, file: string): RncpFicheRecord {
  const at = (el: XmlElement): RncpSource => ({ file, line: el.line });
  return {
    ...emptyFicheRecord(at(fiche)),
    id: text(fiche, 'ID_FICHE'),
    number: text(fiche, 'NUMERO_FICHE'),
    title: text(fiche, 'INTITULE'),
    abbreviation: codeLabelOf(child(fiche, 'ABREGE'), 'CODE'),
    active: text(fiche, 'ACTIF'),
    state: text(fiche, 'ETAT_FICHE'),
    registrationType: text(fiche, 'TYPE_ENREGISTREMENT'),
    level: codeLabelOf(child(fiche, 'NOMENCLATURE_EUROPE'), 'NIVEAU'),
    dates: {
      decision: text(fiche, 'DATE_DECISION'),
      effective: text(fiche, 'DATE_EFFET'),
      registrationEnd: text(fiche, 'DATE_FIN_ENREGISTREMENT'),
      awardDeadline: text(fiche, 'DATE_LIMITE_DELIVRANCE'),
      publication: text(fiche, 'DATE_DE_PUBLICATION'),
      lastOfficialJournal: text(fiche, 'DATE_DERNIER_JO'),
    },
    nsf: all(fiche, 'CODES_NSF', 'NSF').map(codeLabel),
    rome: all(fiche, 'CODES_ROME', 'ROME').map(codeLabel),
    formacode: all(fiche, 'FORMACODES', 'FORMACODE').map(codeLabel),
    certifiers: all(fiche, 'CERTIFICATEURS', 'CERTIFICATEUR').map((c) => ({
      source: at(c),
      siret: text(c, 'SIRET_CERTIFICATEUR'),
      name: text(c, 'NOM_CERTIFICATEUR'),
      status: text(c, 'ETAT_CERTIFICATEUR'),
    })),
    blocs: all(fiche, 'BLOCS_COMPETENCES', 'BLOC_COMPETENCES').map((b) => ({
      source: at(b),
      code: text(b, 'CODE'),
      label: text(b, 'LIBELLE'),
      competences: text(b, 'LISTE_COMPETENCES'),
      evaluation: text(b, 'MODALITES_EVALUATION'),
    })),
    capacities: text(fiche, 'CAPACITES_ATTESTEES'),
    replaces: texts(
      all(
        fiche,
        'ANCIENNES_CERTIFICATIONS',
        'ANCIENNE_CERTIFICATION',
        'ID_FICHE_ANCIENNE_CERTIFICATION',
      ),
    ),
    replacedBy: texts(
      all(
        fiche,
        'NOUVELLES_CERTIFICATIONS',
        'NOUVELLE_CERTIFICATION',
        'ID_FICHE_NOUVELLE_CERTIFICATION',
      ),
    ),
    correspondences: all(fiche, 'CORRESPONDANCES', 'CORRESPONDANCE').map(correspondence),
  };
}
