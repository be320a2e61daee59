// Exact counts from ../shared/fixtures/rncp (12 RNCP fiches, 8 RS fiches, XML flux 4.1).
import fs from 'node:fs';
import path from 'node:path';
import type { RncpImport, RncpMapping } from '@certeval/core/referential/rncp/mapFiche';
import { validateReferential } from '@certeval/core/referential/validate';
import { beforeAll, describe, expect, it } from 'vitest';
import { importRncpXmlFile } from './importRncp.ts';
import { readRncpXml } from './xmlFiches.ts';

const FIXTURES = path.resolve(import.meta.dirname, '../../../../../../shared/fixtures/rncp');
const RNCP_XML = path.join(FIXTURES, 'export_fiches_RNCP_fixture.xml');
const RS_XML = path.join(FIXTURES, 'export_fiches_RS_fixture.xml');

async function importAll(file: string) {
  const versions: string[] = [];
  const mappings: RncpMapping[] = [];
  for await (const m of importRncpXmlFile(file, { onFluxVersion: (v) => versions.push(v) })) {
    mappings.push(m);
  }
  const byNumber = new Map<string, RncpImport>();
  for (const m of mappings) if (m.ok) byNumber.set(m.number, m);
  const get = (number: string) => {
    const found = byNumber.get(number);
    if (found === undefined) throw new Error(`${number} not imported`);
    return found;
  };
  return { versions, mappings, byNumber, get };
}

const blocCodes = (m: RncpImport) =>
  m.file.versions[0]?.nodes.filter((n) => n.type === 'bloc').map((n) => n.code) ?? [];

describe('the RNCP XML fixture', () => {
  let rncp: Awaited<ReturnType<typeof importAll>>;
  beforeAll(async () => {
    rncp = await importAll(RNCP_XML);
  });

  it('holds 12 fiches of flux 4.1, each mapped to a valid referential file', () => {
    expect(rncp.versions).toEqual(['4.1']);
    expect(rncp.mappings).toHaveLength(12);
    for (const m of rncp.byNumber.values()) expect(validateReferential(m.file).ok).toBe(true);
    expect(rncp.get('RNCP34762').file.certification.kind).toBe('rncp_title');
  });

  it('has 53 blocs: 5 in RNCP34762, 10 in RNCP35625, 6 in RNCP39568, 2 in RNCP37674', () => {
    const total = [...rncp.byNumber.values()].reduce((n, m) => n + blocCodes(m).length, 0);
    expect(total).toBe(53);
    expect(blocCodes(rncp.get('RNCP34762'))).toEqual(
      [1, 2, 3, 4, 5].map((i) => `RNCP34762BC0${i}`),
    );
    expect(blocCodes(rncp.get('RNCP35625'))).toHaveLength(10);
    expect(blocCodes(rncp.get('RNCP39568'))).toHaveLength(6);
    expect(blocCodes(rncp.get('RNCP37674'))).toEqual(['RNCP37674BC01', 'RNCP37674BC02']);
  });

  it('keeps each bloc with its label, competence list and evaluation modality', () => {
    const nodes = rncp.get('RNCP37674').file.versions[0]?.nodes ?? [];
    expect(nodes).toHaveLength(4);
    const [bloc, modality] = nodes;
    expect(bloc?.description).toMatch(/^Installer et configurer son environnement de travail/);
    expect(modality).toMatchObject({ type: 'evaluation_modality', parent: 'RNCP37674BC01' });
    expect(modality?.label).toMatch(/^Présentation d'un projet réalisé en amont de la session/);
  });

  it('links RNCP34762 to its replacement RNCP39568, both ways', () => {
    const old = rncp.get('RNCP34762');
    const replacement = rncp.get('RNCP39568');
    expect([old.replaces, old.replacedBy]).toEqual([['RNCP24998'], ['RNCP39568']]);
    expect([replacement.replaces, replacement.replacedBy]).toEqual([['RNCP34762'], []]);
    expect(old.active).toBe(false);
    expect(replacement.active).toBe(true);
  });

  it('keeps 46 of the 47 bloc correspondences, the empty one with a warning', () => {
    const count = (n: string) => rncp.get(n).correspondences.length;
    const total = [...rncp.byNumber.values()].reduce((n, m) => n + m.correspondences.length, 0);
    expect(total).toBe(46);
    expect(['RNCP40344', 'RNCP37674', 'RNCP36490', 'RNCP35959', 'RNCP37873'].map(count)).toEqual([
      8, 2, 20, 14, 2,
    ]);
    expect(rncp.get('RNCP37674').warnings.map((w) => [w.code, w.path])).toEqual([
      ['correspondence_skipped', '$.correspondences[0]'],
    ]);
    expect(rncp.get('RNCP36490').correspondences).toContainEqual({
      fromBlocs: ['RNCP36490BC02', 'RNCP36490BC03'],
      toFiche: 'RNCP35419',
      toBlocs: ['RNCP35419BC04'],
    });
  });

  it('reads 17 certifiers, SNVEL without a SIRET (with a warning)', () => {
    const total = [...rncp.byNumber.values()].reduce((n, m) => n + m.certifiers.length, 0);
    expect(total).toBe(17);
    expect(rncp.get('RNCP40344').certifiers).toEqual([
      { name: 'ANIMAL PRO FORMATION', siret: '52875765100013', active: true },
      { name: 'SNVEL', active: true },
    ]);
    expect(rncp.get('RNCP40344').warnings.map((w) => w.code)).toEqual(['siret_missing']);
    expect(rncp.get('RNCP36612').certifiers.map((c) => [c.siret, c.active])).toEqual([
      ['18750002000073', true],
      ['18750002000065', false],
    ]);
  });

  it('reads NSF, ROME, Formacode, level and registration of RNCP34762', () => {
    const c = rncp.get('RNCP34762').file.certification;
    expect(c.nsf.map((x) => x.code)).toEqual(['313', '310', '315p']);
    expect(c.rome.map((x) => x.code)).toEqual(['M1202', 'M1205', 'M1705', 'M1402', 'M1707']);
    expect(c.formacode?.map((x) => x.code)).toEqual(['34254', '32054', '32139', '34054', '32654']);
    expect(c.formacode?.[0]).toEqual({ code: '34254', label: 'Commerce international' });
    expect(c.level).toBe('Niveau 7');
    expect(c.registration).toMatchObject({
      decision: 'Enregistrement de droit',
      publishedOn: '2020-07-23',
      effectiveFrom: '2020-09-01',
      until: '2024-08-31',
    });
    expect(c.title?.fr).toBe('Programme Grande Ecole – Diplôme d’études supérieures en management');
  });
});

describe('the RS XML fixture', () => {
  it('holds 8 RS fiches, without blocs, with the chain RS5000 → RS6604', async () => {
    const rs = await importAll(RS_XML);
    expect(rs.mappings).toHaveLength(8);
    const all = [...rs.byNumber.values()];
    expect(all.every((m) => m.file.certification.kind === 'rs')).toBe(true);
    expect(all.every((m) => m.file.versions[0]?.nodes.every((n) => n.type !== 'bloc'))).toBe(true);
    expect(rs.get('RS5000').replacedBy).toEqual(['RS6604']);
    expect(rs.get('RS6604').replaces).toEqual(['RS5000']);
    expect(rs.get('RS6232').certifiers.map((c) => c.siret)).toEqual([
      '93905426800023',
      '84210466300039',
      '84210466300013',
    ]);
  });
});

describe('the competences of the RS fiches (CAPACITES_ATTESTEES)', () => {
  it('are imported as their items, each fiche with at least one', async () => {
    const rs = await importAll(RS_XML);
    const counts = Object.fromEntries(
      [...rs.byNumber].map(([number, m]) => [
        number,
        m.file.versions[0]?.nodes.filter((n) => n.type === 'competence').length,
      ]),
    );
    expect(Object.values(counts).every((n) => (n ?? 0) > 0)).toBe(true);
    expect(counts.RS5000).toBe(7);
    const rs5000 = rs.get('RS5000').file.versions[0]?.nodes ?? [];
    expect(rs5000[0]).toMatchObject({ code: 'C1', kind: 'know_how' });
    expect(rs5000[0]?.label).toMatch(
      /^Concevoir un projet d’application impliquant une blockchain/,
    );
    expect(rs.get('RS5000').warnings.map((w) => w.code)).toContain('capacities_intro');
    expect(validateReferential(rs.get('RS5000').file).ok).toBe(true);
  });

  it('are not read twice for an RNCP fiche, whose blocs hold them', async () => {
    const rncp = await importAll(RNCP_XML);
    const nodes = rncp.get('RNCP37674').file.versions[0]?.nodes ?? [];
    expect(nodes.filter((n) => n.type === 'competence')).toEqual([]);
  });
});

describe('readRncpXml', () => {
  it('yields the first fiche long before the end of the input', async () => {
    const bytes = fs.readFileSync(RNCP_XML);
    let read = 0;
    async function* chunks() {
      for (let at = 0; at < bytes.length; at += 16 * 1024) {
        read = at;
        yield bytes.subarray(at, at + 16 * 1024);
      }
    }
    for await (const record of readRncpXml(chunks(), { name: 'fixture.xml' })) {
      expect(record.number).toBe('RNCP34762');
      expect(record.location).toEqual({ file: 'fixture.xml', line: 4 });
      break;
    }
    expect(read).toBeLessThan(bytes.length / 4);
  });

  it('rejects a malformed document with its position', async () => {
    async function* chunks() {
      yield '<FICHES><FICHE><NUMERO_FICHE>RNCP1</NUMERO_FICHE>\n</FICHES>';
    }
    const read = async () => {
      for await (const _ of readRncpXml(chunks(), { name: 'bad.xml' })) void _;
    };
    await expect(read()).rejects.toMatchObject({
      code: 'import_invalid',
      problems: [{ code: 'malformed_xml', file: 'bad.xml', line: 2, column: expect.any(String) }],
    });
  });

  it('rejects a document cut short, and one that is not the fiches flux', async () => {
    const problems = async (text: string) => {
      try {
        async function* chunks() {
          yield text;
        }
        for await (const _ of readRncpXml(chunks(), { name: 'x.xml' })) void _;
      } catch (error) {
        return (error as { problems: unknown[] }).problems;
      }
      return [];
    };
    const cut = fs.readFileSync(RS_XML, 'utf8').slice(0, 50_000);
    expect(await problems(cut)).toMatchObject([
      { code: 'malformed_xml', file: 'x.xml', line: cut.split('\n').length },
    ]);
    expect(await problems('<?xml version="1.0"?>\n<html><body/></html>')).toMatchObject([
      { code: 'not_rncp_export', file: 'x.xml', line: 1 },
    ]);
  });
});
