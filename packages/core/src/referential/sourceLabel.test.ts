import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { englishNote, sourceLabel } from './sourceLabel.ts';

describe('sourceLabel', () => {
  it('names the document and says the citation in French', () => {
    expect(sourceLabel('seed 000, slides 5 and 7', 'fr')).toBe(
      'présentation du CQP, diapositives 5 et 7',
    );
    expect(sourceLabel('seed 003, BLOC 1, first row of the table', 'fr')).toBe(
      'dossier RNCP du titre, BLOC 1, première ligne du tableau',
    );
    expect(sourceLabel('seed 001, bloc n°2, item 9', 'fr')).toBe(
      'fiche RNCP 28795, bloc n°2, élément 9',
    );
  });

  it('names the document in English and keeps the rest', () => {
    expect(sourceLabel('seed 000, slides 5 and 7', 'en')).toBe('CQP presentation, slides 5 and 7');
    expect(sourceLabel('Seed 002', 'en')).toBe('jury guide');
  });

  it('leaves a citation of another document as it is', () => {
    expect(sourceLabel('Fiche RNCP 35000, bloc 2', 'fr')).toBe('Fiche RNCP 35000, bloc 2');
  });

  it('names every document the shipped discrepancies cite, in both languages', () => {
    for (const slug of ['cqp-agc', 'referentiel-accueil', 'titre-relation-client']) {
      const file = parse(readFileSync(`data/certifications/${slug}.yaml`, 'utf8')) as {
        versions: Array<{
          discrepancies: Array<{ source: string; variants?: { source: string }[] }>;
        }>;
      };
      const sources = file.versions
        .flatMap((v) => v.discrepancies)
        .flatMap((d) => [d.source, ...(d.variants ?? []).map((v) => v.source)]);
      for (const source of sources) {
        expect(sourceLabel(source, 'en'), source).not.toMatch(/seed/i);
        expect(sourceLabel(source, 'fr'), source).not.toMatch(
          /seed|slide|\b(and|row|item|first|last)\b/i,
        );
      }
    }
  });

  it('reads an English note of the files without the workshop’s word', () => {
    expect(
      englishNote(
        "Seed 002 gives 45 minutes; seed 000 (slide 18) says 30. The seed's words are kept; the seed does not say more.",
      ),
    ).toBe(
      "jury guide gives 45 minutes; CQP presentation (slide 18) says 30. The source's words are kept; the source does not say more.",
    );
  });
});
