// The few pieces of PDF syntax the certificate writer and its font embedding share.
import { deflateSync } from 'node:zlib';

/** A number as PDF writes it: at most two decimals, no trailing zeros. */
export const pdfNumber = (value: number) => (Math.round(value * 100) / 100).toString();

/** A compressed stream object's body. */
export function pdfStream(dictionary: string, data: Buffer): Buffer {
  const packed = deflateSync(data);
  return Buffer.concat([
    Buffer.from(
      `<< ${dictionary} /Filter /FlateDecode /Length ${packed.length} >>\nstream\n`,
      'latin1',
    ),
    packed,
    Buffer.from('\nendstream', 'latin1'),
  ]);
}
