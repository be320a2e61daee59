import { describe, expect, it } from 'vitest';
import { validateReferential } from '../validate.ts';
import { mapRncpFiche, type RncpImport } from './mapFiche.ts';
import { emptyFicheRecord, type RncpFicheRecord } from './record.ts';

function fiche(fields: Partial<RncpFicheRecord> = {}): RncpFicheRecord {
  return {
    ...emptyFicheRecord({ file: 'test.xml', line: 4 }),
    number: 'RNCP1000',
    title: 'Titre de test',
    registrationType: 'Enregistrement sur demande',
    dates: { decision: '17/03/2021', registrationEnd: '17/03/2026' },
    certifiers: [{ siret: '81738914100018', name: 'ÉCOLE', status: 'Actif' }],
    blocs: [
      { code: 'RNCP1000BC01', label: 'Bloc un', competences: 'C1. Faire', evaluation: 'Cas' },
      { code: 'RNCP1000BC02', label: 'Bloc deux' },
    ],
    ...fields,
  };
}

function mapped(record: RncpFicheRecord): RncpImport {
  const result = mapRncpFiche(record);
  if (!result.ok) throw new Error(`not mapped: ${JSON.stringify(result.warnings)}`);
  return result;
}

const codes = (m: { warnings: Array<{ code: string }> }) => m.warnings.map((w) => w.code);

describe('mapRncpFiche', () => {
  it('maps a fiche to a valid referential file with its blocs and their modalities', () => {
    const m = mapped(fiche());
    expect(validateReferential(m.file).ok).toBe(true);
    expect(m.file.certification).toMatchObject({
      id: 'rncp1000',
      kind: 'rncp_title',
      rncp: '1000',
      title: { fr: 'Titre de test' },
      certifier: { name: 'ÉCOLE' },
      registration: { effectiveFrom: '2021-03-17', until: '2026-03-17' },
    });
    const nodes = m.file.versions[0]?.nodes.map((n) => [n.type, n.code, n.parent]);
    expect(nodes).toEqual([
      ['bloc', 'RNCP1000BC01', undefined],
      ['evaluation_modality', 'RNCP1000BC01.EM1', 'RNCP1000BC01'],
      ['bloc', 'RNCP1000BC02', undefined],
    ]);
    expect(m.file.versions[0]?.nodes[0]?.description).toBe('C1. Faire');
    expect(m.warnings).toEqual([]);
  });

  it('maps an RS fiche to kind rs', () => {
    const m = mapped(fiche({ number: 'RS5000', blocs: [] }));
    expect(m.file.certification).toMatchObject({ id: 'rs5000', kind: 'rs', rs: '5000' });
    expect(m.file.certification.rncp).toBeUndefined();
  });

  it('maps the competences of an RS fiche as its items, and warns of a fiche with none', () => {
    const rs = mapped(
      fiche({ number: 'RS5000', blocs: [], capacities: 'C1. Concevoir.    C2. Développer.' }),
    );
    expect(rs.file.versions[0]?.nodes.map((n) => [n.type, n.code])).toEqual([
      ['competence', 'C1'],
      ['competence', 'C2'],
    ]);
    expect(validateReferential(rs.file).ok).toBe(true);
    expect(codes(rs)).toEqual([]);
    expect(codes(mapped(fiche({ number: 'RS5000', blocs: [] })))).toEqual(['no_competence']);
    expect(codes(mapped(fiche({ blocs: [] })))).toEqual(['no_competence']);
  });

  it('locates a warning where its part was read, else where the fiche was', () => {
    const m = mapped(
      fiche({
        title: undefined,
        certifiers: [{ siret: '\t11004401300040', name: 'M', source: { file: 'c.csv', line: 7 } }],
      }),
    );
    expect(m.warnings.map((w) => [w.code, w.file, w.line, w.location])).toEqual([
      ['missing_title', 'test.xml', 4, 'test.xml, line 4'],
      ['siret_cleaned', 'c.csv', 7, 'c.csv, line 7'],
    ]);
    const chain = mapped(
      fiche({
        replaces: ['RNCP900', '??'],
        chainSources: {
          replaces: [
            { file: 'a.csv', line: 2 },
            { file: 'a.csv', line: 3 },
          ],
          replacedBy: [],
        },
      }),
    );
    expect(chain.warnings.map((w) => [w.code, w.location])).toEqual([
      ['invalid_certification_number', 'a.csv, line 3'],
    ]);
  });

  it('leaves out a fiche without a usable number, saying why', () => {
    const result = mapRncpFiche(fiche({ number: ' n/a ' }));
    expect(result.ok).toBe(false);
    expect(codes(result)).toEqual(['fiche_skipped']);
    expect(result.warnings[0]?.message.fr).toContain('n/a');
  });

  it('drops an identical repeated bloc and keeps a differing one under a new code', () => {
    const bloc = { code: 'RNCP1000BC01', label: 'Bloc un' };
    const m = mapped(fiche({ blocs: [bloc, bloc, { ...bloc, label: 'Autre bloc' }] }));
    expect(validateReferential(m.file).ok).toBe(true);
    const version = m.file.versions[0];
    expect(version?.nodes.map((n) => [n.code, n.printedCode])).toEqual([
      ['RNCP1000BC01', undefined],
      ['RNCP1000BC01-2', 'RNCP1000BC01'],
    ]);
    expect(version?.discrepancies[0]?.codes).toEqual(['RNCP1000BC01', 'RNCP1000BC01-2']);
    expect(m.warnings.map((w) => [w.code, w.path])).toEqual([
      ['duplicate_bloc', '$.blocs[1].code'],
      ['duplicate_bloc', '$.blocs[2].code'],
    ]);
  });

  it('gives a code to a bloc without one and its code as label when it has none', () => {
    const m = mapped(fiche({ blocs: [{ label: 'Sans code' }, { code: 'RNCP1000BC02' }] }));
    expect(m.file.versions[0]?.nodes.map((n) => [n.code, n.label])).toEqual([
      ['RNCP1000.BLOC1', 'Sans code'],
      ['RNCP1000BC02', 'RNCP1000BC02'],
    ]);
    expect(codes(m)).toEqual(['bloc_without_code', 'bloc_without_label']);
  });

  it('keeps every certifier with its cleaned SIRET and names the first active one', () => {
    const m = mapped(
      fiche({
        certifiers: [
          { siret: '-', name: 'ANCIEN', status: 'Inactif' },
          { siret: '\t11004401300040', name: 'MINISTERE', status: 'Actif' },
          { siret: '00000000000000' },
        ],
      }),
    );
    expect(m.certifiers).toEqual([
      { name: 'ANCIEN', active: false },
      { name: 'MINISTERE', siret: '11004401300040', active: true },
    ]);
    expect(m.file.certification.certifier?.name).toBe('MINISTERE');
    expect(codes(m)).toEqual([
      'siret_missing',
      'siret_cleaned',
      'siret_missing',
      'certifier_skipped',
    ]);
  });

  it('keeps the replacement chain, without self-references or bad numbers', () => {
    const m = mapped(fiche({ replaces: ['RNCP900', 'RNCP1000', '??'], replacedBy: ['rncp 2000'] }));
    expect([m.replaces, m.replacedBy]).toEqual([['RNCP900'], ['RNCP2000']]);
    expect(codes(m)).toEqual(['invalid_certification_number', 'invalid_certification_number']);
  });

  it('keeps bloc correspondences, skipping those without source bloc or destination', () => {
    const m = mapped(
      fiche({
        correspondences: [
          { fromBlocs: ['RNCP1000BC01'], toFiche: 'RNCP900', toBlocs: ['RNCP900BC03'] },
          { fromBlocs: [], toFiche: 'RNCP900', toBlocs: [] },
          { fromBlocs: ['RNCP1000BC09'], toFiche: 'RS6626', toBlocs: [] },
        ],
      }),
    );
    expect(m.correspondences).toEqual([
      { fromBlocs: ['RNCP1000BC01'], toFiche: 'RNCP900', toBlocs: ['RNCP900BC03'] },
      { fromBlocs: ['RNCP1000BC09'], toFiche: 'RS6626', toBlocs: [] },
    ]);
    expect(codes(m)).toEqual(['correspondence_skipped', 'correspondence_unknown_bloc']);
  });

  it('warns about a missing title and unreadable dates, and still maps the fiche', () => {
    const m = mapped(fiche({ title: ' ', dates: { registrationEnd: '2026/13/01' } }));
    expect(m.file.certification.title).toBeUndefined();
    expect(codes(m)).toEqual(['missing_title', 'invalid_date']);
    expect(validateReferential(m.file).ok).toBe(true);
  });
});
