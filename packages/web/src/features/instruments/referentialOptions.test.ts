import { competence, node, referentialFile } from '@certeval/core/referential/factories';
import type { ReferentialVersion } from '@certeval/core/referential/fileSchema';
import { describe, expect, it } from 'vitest';
import {
  domainsOf,
  filterGroups,
  folded,
  matchesQuery,
  pickerGroups,
  unknownCodes,
} from './referentialOptions.ts';

// A slice of the CQP AGC: a mission, an activity, two domains with their competences.
const version = referentialFile([
  node('M2', { label: 'Enregistrer une commande' }),
  node('M2A1', { type: 'activity', parent: 'M2', label: 'Saisir les commandes' }),
  node('R', { type: 'domain', label: 'Relation client / Argumentation' }),
  { ...competence('RC2', 'R'), kind: 'knowledge', label: 'Connaître les clients' },
  { ...competence('RSF1', 'R'), label: 'Accueillir le client au téléphone' },
  node('PO', { type: 'domain', label: 'Produits / Offres commerciales' }),
  { ...competence('POSF5', 'PO'), label: 'Élaborer une offre de prix' },
  node('X1', { type: 'performance_criterion', label: 'Critère' }),
]).versions[0] as ReferentialVersion;

const groups = pickerGroups(version, ({ parent, type }) => (parent ? parent.code : type));

describe('the competence picker', () => {
  it('offers competences by domain first, then activities and missions, never criteria', () => {
    expect(groups.map((g) => `${g.group}: ${g.items.map((o) => o.value).join(' ')}`)).toEqual([
      'R: RC2 RSF1',
      'PO: POSF5',
      'mission: M2',
      'activity: M2A1',
    ]);
    expect(groups[0]?.items[0]?.label).toBe('RC2 — Connaître les clients');
  });

  it('finds an option by code or by words of its label, accents and case aside', () => {
    expect(folded('Élaborer')).toBe('elaborer');
    expect(matchesQuery('POSF5 — Élaborer une offre de prix', 'posf5')).toBe(true);
    expect(matchesQuery('POSF5 — Élaborer une offre de prix', 'prix elaborer')).toBe(true);
    expect(matchesQuery('POSF5 — Élaborer une offre de prix', 'devis')).toBe(false);
    const found = filterGroups(groups, 'telephone');
    expect(found.map((g) => g.items.map((o) => o.value))).toEqual([['RSF1']]);
    expect(filterGroups(groups, '  ')).toHaveLength(4);
  });

  it('lists the domains for the domain selector', () => {
    expect(domainsOf(version).map((d) => d.code)).toEqual(['R', 'PO']);
  });

  it('keeps visible the codes an item carries that the version does not have', () => {
    expect(unknownCodes(version, ['RC2', 'OTSF7', 'M2A1'])).toEqual(['OTSF7']);
  });
});
