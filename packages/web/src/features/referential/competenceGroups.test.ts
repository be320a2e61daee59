import { competence, node, referentialFile } from '@certeval/core/referential/factories';
import type { ReferentialNode, ReferentialVersion } from '@certeval/core/referential/fileSchema';
import { describe, expect, it } from 'vitest';
import { type CompetenceGroup, competenceGroups } from './competenceGroups.ts';

function versionOf(nodes: ReferentialNode[], links: ReferentialVersion['links'] = []) {
  return referentialFile(nodes, links).versions[0] as ReferentialVersion;
}

/** `owner: kind=[codes]; …`, readable in a failing assertion. */
function summary(groups: CompetenceGroup[]): string[] {
  return groups.map(
    (group) =>
      `${group.owner?.code ?? '-'}: ${group.kinds
        .map((k) => `${k.kind ?? '?'}=${k.competences.map((c) => c.code).join(',')}`)
        .join('; ')}`,
  );
}

describe('competences by domain and kind (seed 000, slides 14-15)', () => {
  it('groups each domain’s knowledge before its know-how, then the shared aptitudes', () => {
    const version = versionOf([
      node('R', { type: 'domain' }),
      competence('RSF1', 'R'),
      node('RC1', { type: 'competence', kind: 'knowledge', parent: 'R' }),
      node('PO', { type: 'domain' }),
      competence('POSF1', 'PO'),
      // Nested competences belong to their domain too.
      competence('POSF1a', 'POSF1'),
      node('QA1', { type: 'competence', kind: 'aptitude' }),
    ]);
    const { grouping, groups } = competenceGroups(version);
    expect(grouping).toBe('domain');
    expect(summary(groups)).toEqual([
      'R: knowledge=RC1; know_how=RSF1',
      'PO: know_how=POSF1,POSF1a',
      '-: aptitude=QA1',
    ]);
  });

  it('leaves out a competence that hangs under something else than a domain', () => {
    const version = versionOf([
      node('R', { type: 'domain' }),
      competence('RSF1', 'R'),
      node('M1'),
      competence('M1SF', 'M1'),
    ]);
    expect(summary(competenceGroups(version).groups)).toEqual(['R: know_how=RSF1']);
  });

  it('groups by bloc through `belongs_to` links when there is no domain (seed 003)', () => {
    const version = versionOf(
      [
        node('B1', { type: 'bloc' }),
        node('B2', { type: 'bloc' }),
        competence('C1'),
        competence('C2'),
        node('C3', { type: 'competence', kind: 'professional_behaviour' }),
      ],
      [
        { type: 'belongs_to', from: 'C1', to: 'B1' },
        { type: 'belongs_to', from: 'C2', to: 'B2' },
        { type: 'belongs_to', from: 'C3', to: 'B2' },
      ],
    );
    const { grouping, groups } = competenceGroups(version);
    expect(grouping).toBe('bloc');
    expect(summary(groups)).toEqual([
      'B1: know_how=C1',
      'B2: know_how=C2; professional_behaviour=C3',
    ]);
  });

  it('groups by parent when there is neither domain nor bloc (seed 004)', () => {
    const version = versionOf([
      node('A1', { type: 'activity' }),
      competence('A1C1', 'A1'),
      node('A2', { type: 'activity' }),
      competence('A2C1', 'A2'),
      competence('A1C2', 'A1'),
    ]);
    const { grouping, groups } = competenceGroups(version);
    expect(grouping).toBe('parent');
    expect(summary(groups)).toEqual(['A1: know_how=A1C1,A1C2', 'A2: know_how=A2C1']);
  });

  it('puts a competence without a kind last, in its own section', () => {
    const version = versionOf([
      node('R', { type: 'domain' }),
      node('R1', { type: 'competence', parent: 'R' }),
      competence('RSF1', 'R'),
    ]);
    expect(summary(competenceGroups(version).groups)).toEqual(['R: know_how=RSF1; ?=R1']);
  });
});
