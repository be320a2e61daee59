import { node, referentialFile } from '@certeval/core/referential/factories';
import type { ReferentialVersion } from '@certeval/core/referential/fileSchema';
import { describe, expect, it } from 'vitest';
import {
  ancestorsOf,
  folded,
  initiallyOpen,
  matchesQuery,
  parentCodes,
  searchTree,
} from './treeSearch.ts';

const version = referentialFile([
  node('M1', { label: 'Collecter les informations commerciales' }),
  node('M1A1', { type: 'activity', parent: 'M1', label: 'Écouter le client' }),
  node('M1A1T1', { type: 'task', parent: 'M1A1', label: 'Noter la demande' }),
  node('M2', { label: 'Enregistrer une commande' }),
  node('PO', { type: 'domain', label: 'Process opérationnel' }),
  node('POSF5', { type: 'competence', kind: 'know_how', parent: 'PO', label: 'Calculer' }),
]).versions[0] as ReferentialVersion;

const sorted = (codes: Set<string>) => [...codes].sort();

describe('searching the tree', () => {
  it('folds case and accents', () => {
    expect(folded('Écouter')).toBe('ecouter');
    expect(folded('OPÉRATIONNEL')).toBe('operationnel');
  });

  it('matches a code or a label regardless of case and accents', () => {
    const m1a1 = version.nodes[1];
    if (!m1a1) throw new Error('fixture');
    expect(matchesQuery(m1a1, 'm1a')).toBe(true);
    expect(matchesQuery(m1a1, 'ecouter')).toBe(true);
    expect(matchesQuery(m1a1, '  client ')).toBe(true);
    expect(matchesQuery(m1a1, 'commande')).toBe(false);
  });

  it('matches nothing for an empty or blank query', () => {
    expect(version.nodes.some((item) => matchesQuery(item, '   '))).toBe(false);
    expect(version.nodes.some((item) => matchesQuery(item, ''))).toBe(false);
  });

  it('lists the ancestors nearest first, and none for a root or an unknown code', () => {
    expect(ancestorsOf(version, 'M1A1T1')).toEqual(['M1A1', 'M1']);
    expect(ancestorsOf(version, 'M1')).toEqual([]);
    expect(ancestorsOf(version, 'NOPE')).toEqual([]);
  });

  it('stops on a cycle instead of looping', () => {
    const cyclic = {
      ...version,
      nodes: [node('A', { parent: 'B' }), node('B', { parent: 'A' })],
    };
    expect(ancestorsOf(cyclic, 'A')[0]).toBe('B');
  });

  it('shows the matches with their ancestors, and opens the ancestors only', () => {
    const search = searchTree(version, 'noter');
    expect(sorted(search.matches)).toEqual(['M1A1T1']);
    expect(sorted(search.open)).toEqual(['M1', 'M1A1']);
    expect(sorted(search.visible)).toEqual(['M1', 'M1A1', 'M1A1T1']);
  });

  it('finds POSF5 by its code under its domain', () => {
    const search = searchTree(version, 'posf5');
    expect(sorted(search.matches)).toEqual(['POSF5']);
    expect(sorted(search.open)).toEqual(['PO']);
  });

  it('opens the roots before any search, and every parent for "expand all"', () => {
    expect(sorted(initiallyOpen(version))).toEqual(['M1', 'M2', 'PO']);
    expect(sorted(parentCodes(version))).toEqual(['M1', 'M1A1', 'PO']);
  });
});
