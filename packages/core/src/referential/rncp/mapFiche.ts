// From one raw RNCP/RS fiche to our model: a referential file holding the certification and
// one published version with its blocs, plus what the model does not hold yet: every
// certifier with its SIRET, the fiche's state, its replacement chain and its bloc
// correspondences with other fiches (those join two certifications, not two versions of one).
import type { Certification } from '../certificationSchema.ts';
import type { ReferentialFile } from '../fileSchema.ts';
import { blocNodes } from './blocs.ts';
import { capacityNodes } from './capacities.ts';
import { activeFlag, cleanSiret, cleanText, codeLabels, ficheNumber, isoDate } from './clean.ts';
import {
  type RncpCertifierRecord,
  type RncpCorrespondenceRecord,
  type RncpFicheRecord,
  type RncpSource,
  sourceText,
} from './record.ts';
import { rncpMessages as m, type RncpWarning, WarningSink } from './warnings.ts';

export interface RncpCertifier {
  name: string;
  siret?: string;
  active?: boolean;
}

export interface RncpCorrespondence {
  fromBlocs: string[];
  toFiche: string;
  /** Empty when the whole destination corresponds (an RS fiche has no blocs). */
  toBlocs: string[];
}

export interface RncpImport {
  number: string;
  file: ReferentialFile;
  active?: boolean;
  state?: string;
  certifiers: RncpCertifier[];
  replaces: string[];
  replacedBy: string[];
  correspondences: RncpCorrespondence[];
  warnings: RncpWarning[];
}

export type RncpMapping =
  | ({ ok: true } & RncpImport)
  | { ok: false; location: RncpSource; warnings: RncpWarning[] };

function certifiers(list: readonly RncpCertifierRecord[], sink: WarningSink): RncpCertifier[] {
  const result: RncpCertifier[] = [];
  list.forEach((raw, i) => {
    const path = `$.certifiers[${i}]`;
    const name = cleanText(raw.name);
    const siret = cleanSiret(raw.siret, `${path}.siret`, sink, raw.source);
    if (name === undefined && siret === undefined) {
      sink.add('certifier_skipped', path, m.certifierSkipped(), raw.source);
      return;
    }
    const status = cleanText(raw.status)?.toLowerCase();
    const certifier: RncpCertifier = { name: name ?? siret ?? '' };
    if (siret !== undefined) certifier.siret = siret;
    if (status === 'actif' || status === 'inactif') certifier.active = status === 'actif';
    result.push(certifier);
  });
  return result;
}

function ficheNumbers(
  record: RncpFicheRecord,
  list: 'replaces' | 'replacedBy',
  self: string,
  sink: WarningSink,
) {
  const result: string[] = [];
  record[list].forEach((raw, i) => {
    const number = ficheNumber(raw);
    if (number === undefined || number === self) {
      const at = record.chainSources?.[list][i];
      const message = m.invalidCertificationNumber(raw);
      sink.add('invalid_certification_number', `$.${list}[${i}]`, message, at);
    } else if (!result.includes(number)) result.push(number);
  });
  return result;
}

function correspondences(
  list: readonly RncpCorrespondenceRecord[],
  blocCodes: Set<string>,
  sink: WarningSink,
): RncpCorrespondence[] {
  const result: RncpCorrespondence[] = [];
  list.forEach((raw, i) => {
    const path = `$.correspondences[${i}]`;
    const fromBlocs = raw.fromBlocs.flatMap((code) => cleanText(code) ?? []);
    const toFiche = ficheNumber(raw.toFiche);
    if (fromBlocs.length === 0 || toFiche === undefined) {
      sink.add('correspondence_skipped', path, m.correspondenceSkipped());
      return;
    }
    for (const code of fromBlocs.filter((c) => !blocCodes.has(c))) {
      sink.add(
        'correspondence_unknown_bloc',
        `${path}.fromBlocs`,
        m.correspondenceUnknownBloc(code),
      );
    }
    const toBlocs = raw.toBlocs.flatMap((code) => cleanText(code) ?? []);
    result.push({ fromBlocs, toFiche, toBlocs });
  });
  return result;
}

function registration(record: RncpFicheRecord, source: string, sink: WarningSink) {
  const type = cleanText(record.registrationType);
  const { dates } = record;
  const date = (key: keyof typeof dates) => isoDate(dates[key], `$.dates.${key}`, sink);
  const publishedOn = date('publication') ?? date('lastOfficialJournal');
  const effectiveFrom = date('effective') ?? date('decision');
  const until = date('registrationEnd');
  if (type === undefined) return undefined;
  return {
    decision: type,
    ...(publishedOn && { publishedOn }),
    ...(effectiveFrom && { effectiveFrom }),
    ...(until && { until }),
    text: type,
    source,
  };
}

function certification(record: RncpFicheRecord, number: string, sink: WarningSink) {
  const source = `fiche ${number}`;
  const isRs = number.startsWith('RS');
  const digits = number.replace(/^\D+/, '');
  const title = cleanText(record.title);
  if (title === undefined) sink.add('missing_title', '$.title', m.missingTitle());
  const result: Certification = {
    id: number.toLowerCase(),
    kind: isRs ? 'rs' : 'rncp_title',
    ...(isRs ? { rs: digits } : { rncp: digits }),
    nsf: codeLabels(record.nsf, 'NSF', '$.nsf', sink),
    rome: codeLabels(record.rome, 'ROME', '$.rome', sink),
    formacode: codeLabels(record.formacode, 'Formacode', '$.formacode', sink),
  };
  if (title !== undefined) result.title = { fr: title };
  const level = cleanText(record.level?.label) ?? cleanText(record.level?.code);
  if (level !== undefined) result.level = level;
  const reg = registration(record, source, sink);
  if (reg !== undefined) result.registration = reg;
  return result;
}

/** Maps one fiche; messy values are cleaned with warnings, a fiche without number is left out. */
export function mapRncpFiche(record: RncpFicheRecord): RncpMapping {
  const sink = new WarningSink(record.location);
  const number = ficheNumber(record.number);
  if (number === undefined) {
    sink.add('fiche_skipped', '$.number', m.ficheSkipped(record.number ?? ''));
    return { ok: false, location: record.location, warnings: sink.warnings };
  }
  const cert = certification(record, number, sink);
  const allCertifiers = certifiers(record.certifiers, sink);
  // Our model names one certifier: the first active one; all are kept beside the file.
  const named = allCertifiers.find((c) => c.active !== false) ?? allCertifiers[0];
  if (named) {
    cert.certifier = { name: named.name, source: `fiche ${number}, CERTIFICATEURS` };
  }
  const blocs = blocNodes(record.blocs, number, sink);
  // An RNCP fiche's competences are in its blocs; its CAPACITES_ATTESTEES repeat them.
  const capacities = cert.kind === 'rs' || blocs.nodes.length === 0 ? record.capacities : undefined;
  const nodes = [...blocs.nodes, ...capacityNodes(capacities, number, sink)];
  if (!nodes.some((n) => n.type === 'bloc' || n.type === 'competence'))
    sink.add('no_competence', '$', m.noCompetence(cert.kind === 'rs'));
  const active = activeFlag(record.active, '$.active', sink);
  const state = cleanText(record.state);
  const directory = {
    ...(active !== undefined && { active }),
    ...(state !== undefined && { state }),
    certifiers: allCertifiers,
    replaces: ficheNumbers(record, 'replaces', number, sink),
    replacedBy: ficheNumbers(record, 'replacedBy', number, sink),
    correspondences: correspondences(record.correspondences, blocs.codes, sink),
  };
  cert.directory = { ...directory, source: `France Compétences, fiche ${number}` };
  const file: ReferentialFile = {
    format: 'certeval.referential',
    formatVersion: 1,
    certification: cert,
    versions: [
      {
        id: number,
        status: 'published',
        sources: [`France Compétences, fiche ${number} (${sourceText(record.location)})`],
        nodes,
        links: [],
        discrepancies: blocs.discrepancies,
      },
    ],
  };
  return {
    ok: true,
    number,
    file,
    ...directory,
    warnings: sink.warnings,
  };
}
