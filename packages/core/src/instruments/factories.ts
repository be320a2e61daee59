// Small builders of instruments with readable defaults, for tests here and elsewhere.
import { competence, node, referentialFile } from '../referential/factories.ts';
import type { ReferentialVersion } from '../referential/index.ts';
import type { AppreciationScale, Instrument, Item } from './schema.ts';

/** A referential version with one domain D, a mission M1 with activity M1A1, two competences. */
export function smallVersion(): ReferentialVersion {
  const file = referentialFile(
    [
      node('M1'),
      node('M1A1', { type: 'activity', parent: 'M1' }),
      node('D', { type: 'domain' }),
      competence('DSF1', 'D'),
      { ...competence('DC1', 'D'), kind: 'knowledge' },
    ],
    [{ type: 'requires', from: 'M1', to: 'DSF1' }],
  );
  const [version] = file.versions;
  if (!version) throw new Error('no version');
  return version;
}

export function scale(values: number[] = [0, 50, 100]): AppreciationScale {
  return {
    id: 'echelle',
    descriptorSets: [{ id: 'poste', label: 'Au poste' }],
    levels: values.map((value) => ({ value, descriptors: { poste: `Niveau ${value}` } })),
  };
}

export function observation(id: string, fields: Partial<Item> = {}): Item {
  return {
    type: 'observation',
    id,
    domain: 'D',
    evaluates: ['M1A1'],
    scoring: { model: 'scale_percentage', scale: 'echelle' },
    observation: `Observation ${id}`,
    prompts: [],
    ...fields,
  } as Item;
}

export function instrument(
  items: Item[] = [observation('L1')],
  fields: Partial<Instrument> = {},
): Instrument {
  return {
    format: 'certeval.instrument',
    formatVersion: 1,
    id: 'grille-test',
    version: '1',
    status: 'draft',
    kind: 'observation_grid',
    title: 'Grille de test',
    binding: { certification: 'cqp-test', version: '1' },
    sources: ['test'],
    scales: [scale()],
    sections: [{ id: 'S1', items }],
    discrepancies: [],
    ...fields,
  };
}
