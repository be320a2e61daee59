// The QR code of a document's verification page as filled boxes: one box per run of dark
// modules in a row, so that a code of 33 × 33 modules is a few hundred rectangles.
import QRCode from 'qrcode';
import type { Box, Rgb } from './pdfWriter.ts';

/** Boxes drawing `text` as a QR code (error correction M) of `size` points at (x, y). */
export function qrBoxes(text: string, x: number, y: number, size: number, colour: Rgb): Box[] {
  // A fixed mask (any of the eight is valid, ISO/IEC 18004 §7.8) spares the search for the
  // best one, which is most of the time a code takes to build.
  const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M', maskPattern: 0 });
  const count = modules.size;
  const module = size / count;
  const boxes: Box[] = [];
  for (let row = 0; row < count; row++) {
    let start = -1;
    for (let column = 0; column <= count; column++) {
      const dark = column < count && modules.data[row * count + column] === 1;
      if (dark && start < 0) start = column;
      if (!dark && start >= 0) {
        boxes.push({
          x: x + start * module,
          y: y + size - (row + 1) * module,
          width: (column - start) * module,
          height: module,
          fill: colour,
        });
        start = -1;
      }
    }
  }
  return boxes;
}
