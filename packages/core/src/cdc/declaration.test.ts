import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ACCESS_ROUTES } from '../referential/index.ts';
import { CDC_FIXTURES, cdcSchemaErrors } from './cdcSchema.testing.ts';
import { declarationXml, planDeclaration } from './declaration.ts';
import type { DeclarableDocument } from './passage.ts';

const SETTINGS = { idClient: 'ABC12345', idContrat: 'MCFCER000001' };
const AT = new Date('2026-12-07T09:00:00Z');

/** A fictional holder's certificate of the CQP AGC (fiche RNCP 28795). */
function certificate(over: Partial<DeclarableDocument> = {}): DeclarableDocument {
  return {
    certificateId: over.number ?? 'c-1',
    number: 'CQP-AGC-2026-000001',
    kind: 'certificate',
    verificationUrl: 'https://certeval.example/verifier/CQP-AGC-2026-000001',
    registration: 'RNCP28795',
    unitKind: 'domain',
    units: [],
    decisionDate: '2026-11-20',
    validUntil: null,
    accessRoute: 'professionalisation_contract',
    candidateId: 'cand-1',
    holder: {
      birthName: 'Fictif',
      firstNames: ['Camille', 'Anne'],
      birthDate: '1995-04-02',
      sex: 'female',
      birthInseeCode: '2a004',
    },
    ...over,
  };
}

const fileOf = (documents: DeclarableDocument[], declared = new Map<string, string>()) => {
  const plan = planDeclaration(documents, declared);
  return {
    plan,
    xml: declarationXml({ settings: SETTINGS, fluxId: 'FLUX-1', at: AT, passages: plan.passages }),
  };
};

describe('the CDC schema check', () => {
  it('accepts the fixture example and refuses it with a 7-character idClient', async () => {
    const example = fs.readFileSync(path.join(CDC_FIXTURES, 'example-minimal.xml'), 'utf8');
    expect(await cdcSchemaErrors(example)).toEqual([]);
    const broken = example.replaceAll('ABC12345', 'ABC1234');
    expect((await cdcSchemaErrors(broken)).length).toBeGreaterThan(0);
  });
});

describe('the declaration of holders', () => {
  it('writes a certificate as a passage valid against the CDC schema', async () => {
    const { plan, xml } = fileOf([certificate()]);
    expect(plan.toDeclare.map((d) => d.number)).toEqual(['CQP-AGC-2026-000001']);
    expect(await cdcSchemaErrors(xml)).toEqual([]);
    expect(xml).toContain('<cpf:horodatage>2026-12-07T10:00:00+01:00</cpf:horodatage>');
    expect(xml).toContain('<cpf:code>RNCP28795</cpf:code>');
    expect(xml).toContain('<cpf:idTechnique>CQP-AGC-2026-000001</cpf:idTechnique>');
    expect(xml).toContain('<cpf:urlPreuve>https://certeval.example/verifier/');
    expect(xml).toContain('<cpf:dateFinValidite xsi:nil="true"/>');
    expect(xml).toContain('FORMATION_CONTINUE_CONTRAT_DE_PROFESSIONNALISATION');
    expect(xml).toContain('<cpf:prenom2>Anne</cpf:prenom2>');
    expect(xml).toContain('<cpf:sexe>F</cpf:sexe>');
    expect(xml).toContain('<cpf:codeInsee>2A004</cpf:codeInsee>');
    expect(xml).toContain('<cpf:moisNaissance>4</cpf:moisNaissance>');
  });

  it('lists each holder whose record lacks what the file needs, by name, and writes none', () => {
    const { plan } = fileOf([
      certificate({ holder: { ...certificate().holder, sex: null, birthInseeCode: null } }),
      certificate({
        number: 'CQP-AGC-2026-000002',
        candidateId: 'cand-2',
        holder: { ...certificate().holder, birthName: 'Exemple', birthInseeCode: '20004' },
      }),
    ]);
    expect(plan.passages).toEqual([]);
    expect(plan.missing.map((m) => [m.holderName, m.fields])).toEqual([
      ['Camille Anne Fictif', ['sex', 'birthInseeCode']],
      ['Camille Anne Exemple', ['birthInseeCode']],
    ]);
    expect(plan.missing[0]?.message.fr).toBe(
      'Camille Anne Fictif : sexe non renseigné ; code INSEE de la commune de naissance non renseigné.',
    );
    expect(plan.missing[0]?.message.en).toContain('sex not given');
    expect(plan.missing[1]?.message.en).toContain('2A or 2B');
  });

  it('names a holder once with all their documents', () => {
    const holder = { ...certificate().holder, sex: null };
    const { plan } = fileOf([
      certificate({ holder }),
      certificate({ number: 'CQP-AGC-2026-000007', certificateId: 'c-7', holder }),
    ]);
    expect(plan.missing).toHaveLength(1);
    expect(plan.missing[0]?.numbers).toEqual(['CQP-AGC-2026-000001', 'CQP-AGC-2026-000007']);
  });

  it('leaves out a document declared with the same contents, and declares a changed one again', () => {
    const first = fileOf([certificate()]).plan.toDeclare[0];
    const declared = new Map([[first?.certificateId ?? '', first?.fragment ?? '']]);
    expect(planDeclaration([certificate()], declared).alreadyDeclared).toHaveLength(1);
    const corrected = certificate({ holder: { ...certificate().holder, birthInseeCode: '75056' } });
    const again = planDeclaration([corrected], declared);
    expect(again.toDeclare.map((d) => d.correction)).toEqual([true]);
  });

  it('declares a bloc attestation under each bloc’s code, and says why a domain attestation cannot go', async () => {
    const blocs = certificate({
      number: 'CQP-AGC-2026-000003',
      kind: 'attestation',
      unitKind: 'bloc',
      accessRoute: 'vae',
      units: [
        { code: 'RNCP28795BC01', acquired: true, validUntil: '2031-11-20' },
        { code: 'RNCP28795BC03', acquired: true },
      ],
    });
    const domains = certificate({
      number: 'CQP-AGC-2026-000004',
      kind: 'attestation',
      units: [{ code: 'R', acquired: true }],
    });
    const unregistered = certificate({ number: 'X-2026-000005', registration: undefined });
    const { plan, xml } = fileOf([blocs, domains, unregistered]);
    expect(plan.passages.map((p) => [p.code, p.idTechnique])).toEqual([
      ['RNCP28795BC01', 'CQP-AGC-2026-000003-BC01'],
      ['RNCP28795BC03', 'CQP-AGC-2026-000003-BC03'],
    ]);
    expect(plan.notDeclarable.map((n) => n.number)).toEqual([
      'CQP-AGC-2026-000004',
      'X-2026-000005',
    ]);
    expect(xml).toContain('<cpf:dateFinValidite>2031-11-20</cpf:dateFinValidite>');
    expect(xml).toContain('<cpf:modaliteAcces>VAE</cpf:modaliteAcces>');
    expect(await cdcSchemaErrors(xml)).toEqual([]);
  });

  it('refuses a name the file cannot hold rather than cutting it', () => {
    const long = 'N'.repeat(61);
    const { plan } = fileOf([
      certificate({ holder: { ...certificate().holder, birthName: long } }),
    ]);
    expect(plan.missing[0]?.fields).toEqual(['birthName']);
  });

  it('writes any holder, access route and date a file of many documents may hold, valid against the schema', async () => {
    const name = fc.string({ minLength: 1, maxLength: 60 }).filter((s) => s.trim() !== '');
    const day = fc
      .date({ min: new Date('1930-01-01'), max: new Date('2090-12-31'), noInvalidDate: true })
      .map((d) => d.toISOString().slice(0, 10));
    const insee = fc.constantFrom('75056', '2A004', '2B033', '97105', '98818', '99134', '01001');
    const documents = fc.sample(
      fc.record({
        birthName: name,
        usageName: fc.option(name),
        firstNames: fc.array(fc.string({ minLength: 1, maxLength: 19 }), {
          minLength: 1,
          maxLength: 5,
        }),
        birthDate: day,
        decisionDate: day,
        validUntil: fc.option(day),
        sex: fc.constantFrom('female' as const, 'male' as const),
        insee,
        route: fc.constantFrom(...ACCESS_ROUTES),
      }),
      300,
    );
    const file = fileOf(
      documents.map((d, index) =>
        certificate({
          certificateId: `c-${index}`,
          number: `CQP-AGC-2026-${String(index).padStart(6, '0')}`,
          candidateId: `cand-${index}`,
          decisionDate: d.decisionDate,
          validUntil: d.validUntil,
          accessRoute: d.route,
          holder: {
            birthName: d.birthName,
            usageName: d.usageName,
            firstNames: d.firstNames,
            birthDate: d.birthDate,
            sex: d.sex,
            birthInseeCode: d.insee,
          },
        }),
      ),
    );
    const refused = file.plan.missing.length + file.plan.notDeclarable.length;
    expect(file.plan.toDeclare.length + refused).toBe(300);
    expect(await cdcSchemaErrors(file.xml)).toEqual([]);
  });
});
