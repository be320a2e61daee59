import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ReferentialLink, ReferentialNode, ReferentialVersion } from '../referential/index.ts';
import { coverage } from './coverage.ts';
import { generateObservationGrid } from './observationGrid.ts';
import type { Instrument } from './schema.ts';
import { cqpAgcInstruments, cqpAgcVersion } from './testData.testing.ts';

/** A random job referential: domains of competences, missions of activities, requires links. */
const randomVersion: fc.Arbitrary<ReferentialVersion> = fc
  .record({
    domains: fc.integer({ min: 1, max: 4 }),
    competences: fc.array(fc.tuple(fc.nat(), fc.boolean()), { minLength: 1, maxLength: 20 }),
    activities: fc.array(fc.nat(), { minLength: 1, maxLength: 15 }),
    missions: fc.integer({ min: 1, max: 5 }),
    links: fc.array(fc.tuple(fc.nat(), fc.nat(), fc.boolean()), { maxLength: 40 }),
  })
  .map(({ domains, competences, activities, missions, links }) => {
    const domainNodes = Array.from(
      { length: domains },
      (_, d): ReferentialNode => ({
        type: 'domain',
        code: `D${d}`,
        label: `Domaine ${d}`,
      }),
    );
    const competenceNodes = competences.map(
      ([d, knowHow], i): ReferentialNode => ({
        type: 'competence',
        code: `C${i}`,
        parent: `D${d % domains}`,
        label: `Compétence ${i}`,
        kind: knowHow ? 'know_how' : 'knowledge',
      }),
    );
    const missionNodes = Array.from(
      { length: missions },
      (_, m): ReferentialNode => ({
        type: 'mission',
        code: `M${m}`,
        label: `Mission ${m}`,
      }),
    );
    const activityNodes = activities.map(
      (m, i): ReferentialNode => ({
        type: 'activity',
        code: `A${i}`,
        parent: `M${m % missions}`,
        label: `Activité ${i}`,
      }),
    );
    const nodes = [...domainNodes, ...competenceNodes, ...missionNodes, ...activityNodes];
    const unique = new Map<string, ReferentialLink>();
    for (const [from, to, fromMission] of links) {
      const source = fromMission ? `M${from % missions}` : `A${from % activities.length}`;
      const target = `C${to % competences.length}`;
      unique.set(`${source}>${target}`, { type: 'requires', from: source, to: target });
    }
    return {
      id: '1',
      status: 'draft',
      sources: ['fast-check'],
      nodes,
      links: [...unique.values()],
      discrepancies: [],
    };
  });

describe('coverage properties', () => {
  it('a generated grid evaluates every competence an activity or its mission requires', () => {
    fc.assert(
      fc.property(randomVersion, (version) => {
        const result = generateObservationGrid(version, {
          binding: { certification: 'c', version: '1' },
        });
        if (!result.ok) return false;
        const lines = result.instrument.sections.flatMap((s) => s.items);
        const activities = version.nodes.filter((n) => n.type === 'activity').map((n) => n.code);
        expect(lines.map((l) => l.id).sort()).toEqual([...activities].sort());
        const missionsWithActivities = new Set(
          version.nodes.filter((n) => n.type === 'activity').map((n) => n.parent),
        );
        const reachable = (code: string) =>
          activities.includes(code) || missionsWithActivities.has(code);
        const required = new Set(version.links.filter((l) => reachable(l.from)).map((l) => l.to));
        const uncovered = coverage([result.instrument], version).uncovered;
        expect(uncovered.filter((code) => required.has(code))).toEqual([]);
        return true;
      }),
    );
  });

  it('removing items never makes a competence covered that was not', () => {
    const version = cqpAgcVersion();
    const set = cqpAgcInstruments(version);
    const itemIds = set.flatMap((i) =>
      i.sections.flatMap((s) => s.items.map((item) => `${i.id}/${item.id}`)),
    );
    const before = new Set(coverage(set, version).uncovered);
    fc.assert(
      fc.property(fc.subarray(itemIds), (removed) => {
        const kept: Instrument[] = set.map((instrument) => ({
          ...instrument,
          sections: instrument.sections.map((s) => ({
            ...s,
            items: s.items.filter((item) => !removed.includes(`${instrument.id}/${item.id}`)),
          })),
        }));
        const after = new Set(coverage(kept, version).uncovered);
        return [...before].every((code) => after.has(code));
      }),
      { numRuns: 200 },
    );
  });
});
