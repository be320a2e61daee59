// The QR code of a document's verification page as runs of dark modules, row by row: a code
// of 33 × 33 modules is a few hundred small rectangles, drawn in module units (pdfWriter.ts).
import QRCode from 'qrcode';
import type { Grid, Rgb } from './pdfWriter.ts';

/** The QR code (error correction M) of `text`, `size` points wide at (x, y). */
export function qrGrid(text: string, x: number, y: number, size: number, fill: Rgb): Grid {
  // A fixed mask (any of the eight is valid, ISO/IEC 18004 §7.8) spares the search for the
  // best one, which is most of the time a code takes to build.
  const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M', maskPattern: 0 });
  const count = modules.size;
  const runs: Grid['runs'] = [];
  for (let row = 0; row < count; row++) {
    let start = -1;
    for (let column = 0; column <= count; column++) {
      const dark = column < count && modules.data[row * count + column] === 1;
      if (dark && start < 0) start = column;
      if (!dark && start >= 0) {
        runs.push([start, row, column - start]);
        start = -1;
      }
    }
  }
  return { x, y, size, cells: count, runs, fill };
}
