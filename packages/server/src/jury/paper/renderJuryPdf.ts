// The jury's documents as PDF bytes, through the platform's one renderer: the procès-verbal
// of a session (with the fingerprint of its content) and a candidate's convocation letter.
import type { ConvocationLetter, Minutes } from '@certeval/core';
import { renderPdf } from '../../platform/pdf/renderPdf.ts';
import { convocationDocument } from './convocationDocument.ts';
import { minutesDocument } from './minutesDocument.ts';
import { minutesHash } from './minutesHash.ts';
import { type PaperOptions, paperFormat } from './paperFormat.ts';

export type { PaperOptions };

export interface RenderedMinutes {
  pdf: Buffer;
  /** SHA-256 (hex) of the minutes' canonical JSON, as printed in the PDF. */
  hash: string;
}

export async function renderMinutesPdf(
  minutes: Minutes,
  options: PaperOptions = {},
): Promise<RenderedMinutes> {
  const hash = minutesHash(minutes);
  const pdf = await renderPdf(minutesDocument(minutes, hash, paperFormat(options)));
  return { pdf, hash };
}

export function renderConvocationPdf(
  letter: ConvocationLetter,
  options: PaperOptions = {},
): Promise<Buffer> {
  return renderPdf(convocationDocument(letter, paperFormat(options)));
}
