import { describe, expect, it } from 'vitest';
import { readPdfText } from './pdfText.ts';
import { cloneDefinition, renderPdf } from './renderPdf.ts';

const french = 'Évaluation à 100 % — « œuvre » de Hélène, façon Noël ; ☐ coché';

describe('renderPdf', () => {
  it('prints French accents, guillemets, œ, ☐ and the % sign as written', async () => {
    const { pages } = await readPdfText(await renderPdf({ content: [french] }));
    expect(pages).toEqual([french]);
  });

  it('renders A4 pages numbered "page X / Y" by a footer function', async () => {
    const pdf = await renderPdf({
      content: [
        'un',
        { text: 'deux', pageBreak: 'before' },
        { text: 'trois', pageBreak: 'before' },
      ],
      footer: (page, count) => ({ text: `page ${page} / ${count}` }),
    });
    const { pages, sizes } = await readPdfText(pdf);
    expect(pages).toEqual(['un page 1 / 3', 'deux page 2 / 3', 'trois page 3 / 3']);
    for (const [width, height] of sizes) {
      expect(width).toBeCloseTo(595.28, 1);
      expect(height).toBeCloseTo(841.89, 1);
    }
  });

  it('leaves the definition it is given unchanged, so one definition renders twice alike', async () => {
    const doc = {
      content: [
        {
          table: {
            headerRows: 1,
            body: [
              ['a', 'b'],
              ['%', 'é'],
            ],
          },
        },
        'fin',
      ],
      styles: { h1: { bold: true } },
    };
    const before = JSON.stringify(doc);
    const first = await readPdfText(await renderPdf(doc));
    expect(JSON.stringify(doc)).toBe(before);
    expect((await readPdfText(await renderPdf(doc))).pages).toEqual(first.pages);
  });

  it('keeps header and footer functions when it copies a definition', () => {
    const footer = () => 'pied';
    const copy = cloneDefinition({ content: ['x'], footer, header: 'tête' });
    expect(copy.footer).toBe(footer);
    expect(copy.header).toBe('tête');
    expect(copy.content).toEqual(['x']);
  });

  it('refuses to fetch an image from a URL', async () => {
    await expect(
      renderPdf({ content: [{ image: 'https://example.invalid/logo.png' }] }),
    ).rejects.toThrow(/denied by resource access policy/);
  });

  it('refuses to read a local file named in a document', async () => {
    await expect(renderPdf({ content: [{ image: '/etc/hostname' }] })).rejects.toThrow(
      /denied by resource access policy/,
    );
  });
});
