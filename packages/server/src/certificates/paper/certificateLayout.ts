// The page of a certificate or an attestation, A4 landscape: the certifier, the heading, the
// certification with its registration, level and NSF, to whom it is delivered and by which
// decision, the units acquired (attestation), then where and by whom it is signed, its number
// and the QR code of its verification page. Every sentence comes from core's wording.
import {
  attestationLine,
  birthLine,
  type CertificateData,
  decisionLine,
  documentHeading,
  frenchDate,
  grantLine,
  levelLine,
  registrationLine,
  unitsHeading,
  unitValidity,
} from '@certeval/core/certificates/index';
import {
  type Box,
  type FontName,
  type FontSet,
  type Grid,
  type Page,
  type Rgb,
  type TextRun,
  textWidth,
} from './pdfWriter.ts';
import { qrGrid } from './qrCode.ts';

const WIDTH = 841.89;
const HEIGHT = 595.28;
const NAVY: Rgb = [0.12, 0.23, 0.45];
const INK: Rgb = [0.1, 0.1, 0.14];
const GREY: Rgb = [0.35, 0.35, 0.4];
const TEXT_WIDTH = 660;
/** The top block must end above the signature and the QR code. */
const BOTTOM_LIMIT = 178;
const QR_SIZE = 96;

interface Line {
  text: string;
  font: FontName;
  size: number;
  colour?: Rgb;
  /** Space above the line, in points at scale 1. */
  gap: number;
}

/** Greedy word wrap to `width`. */
function wrap(fonts: FontSet, line: Line, width: number): string[] {
  const font = fonts[line.font];
  const words = line.text.split(' ');
  const lines: string[] = [];
  let current = '';
  for (const word of words) {
    const tried = current ? `${current} ${word}` : word;
    if (current && textWidth(font, tried, line.size) > width) {
      lines.push(current);
      current = word;
    } else current = tried;
  }
  if (current) lines.push(current);
  return lines;
}

function topLines(data: CertificateData): Line[] {
  const { certification } = data;
  const lines: Line[] = [
    { text: data.certifier.name, font: 'bold', size: 13, colour: NAVY, gap: 0 },
    { text: documentHeading(data).toUpperCase(), font: 'bold', size: 28, colour: NAVY, gap: 30 },
    { text: certification.kindLabel, font: 'regular', size: 12, colour: GREY, gap: 10 },
    { text: certification.title, font: 'bold', size: 17, gap: 8 },
  ];
  const registration = registrationLine(certification);
  if (registration)
    lines.push({ text: registration, font: 'regular', size: 10, colour: GREY, gap: 4 });
  const level = levelLine(certification);
  if (level) lines.push({ text: level, font: 'regular', size: 10, colour: GREY, gap: 2 });
  lines.push(
    { text: grantLine(data), font: 'regular', size: 12, gap: 20 },
    { text: data.holder.name, font: 'bold', size: 22, gap: 10 },
    { text: birthLine(data.holder), font: 'regular', size: 11, gap: 6 },
  );
  if (data.kind === 'certificate') {
    lines.push({ text: decisionLine(data), font: 'regular', size: 12, gap: 12 });
    return lines;
  }
  lines.push(
    { text: attestationLine(data), font: 'regular', size: 11, gap: 12 },
    { text: `${unitsHeading(data.unitKind)} :`, font: 'bold', size: 11, gap: 8 },
    ...data.units.map((unit) => ({
      text: `${unit.code} — ${unit.label} (${unitValidity(unit)})`,
      font: 'regular' as const,
      size: 10.5,
      gap: 2,
    })),
  );
  return lines;
}

/** The top block at `scale`, centred; the baseline of its last line tells whether it fits. */
function placeTop(
  fonts: FontSet,
  lines: Line[],
  scale: number,
): { runs: TextRun[]; bottom: number } {
  const runs: TextRun[] = [];
  let y = HEIGHT - 78;
  lines.forEach((line, index) => {
    const size = line.size * scale;
    const font = fonts[line.font];
    for (const [part, text] of wrap(fonts, { ...line, size }, TEXT_WIDTH).entries()) {
      y -= index === 0 && part === 0 ? 0 : (part === 0 ? line.gap * scale : 0) + size * 1.22;
      runs.push({
        x: (WIDTH - textWidth(font, text, size)) / 2,
        y,
        size,
        font: line.font,
        text,
        color: line.colour ?? INK,
      });
    }
  });
  return { runs, bottom: y };
}

function signature(data: CertificateData): TextRun[] {
  const x = 72;
  return [
    {
      x,
      y: 150,
      size: 10,
      font: 'regular',
      text: `Fait le ${frenchDate(data.issuedOn)}`,
      color: INK,
    },
    { x, y: 134, size: 10, font: 'regular', text: 'Pour le certificateur,', color: INK },
    { x, y: 112, size: 11, font: 'bold', text: data.signatory.name, color: INK },
    { x, y: 98, size: 10, font: 'regular', text: data.signatory.quality, color: GREY },
  ];
}

function verification(fonts: FontSet, data: CertificateData): { runs: TextRun[]; grid: Grid } {
  const qrX = WIDTH - 72 - QR_SIZE;
  const qrY = 62;
  const right = (text: string, y: number, size: number, font: FontName): TextRun => ({
    x: qrX - 14 - textWidth(fonts[font], text, size),
    y,
    size,
    font,
    text,
    color: font === 'bold' ? INK : GREY,
  });
  const what = data.kind === 'certificate' ? 'ce certificat' : 'cette attestation';
  return {
    grid: qrGrid(data.verificationUrl, qrX, qrY, QR_SIZE, INK),
    runs: [
      right(`N° ${data.number}`, 140, 11, 'bold'),
      right(`Vérifier ${what} :`, 120, 8.5, 'regular'),
      right(data.verificationUrl, 108, 8.5, 'regular'),
      right('Credential Open Badges 3.0 signé par le certificateur', 72, 7.5, 'regular'),
    ],
  };
}

function frame(): Box[] {
  return [
    { x: 22, y: 22, width: WIDTH - 44, height: HEIGHT - 44, stroke: NAVY, lineWidth: 2.2 },
    { x: 30, y: 30, width: WIDTH - 60, height: HEIGHT - 60, stroke: NAVY, lineWidth: 0.6 },
  ];
}

/** The page of one document. */
export function certificatePage(fonts: FontSet, data: CertificateData): Page {
  const lines = topLines(data);
  let scale = 1;
  let top = placeTop(fonts, lines, scale);
  while (top.bottom < BOTTOM_LIMIT && scale > 0.6) {
    scale *= 0.92;
    top = placeTop(fonts, lines, scale);
  }
  const check = verification(fonts, data);
  return {
    width: WIDTH,
    height: HEIGHT,
    boxes: frame(),
    grids: [check.grid],
    texts: [...top.runs, ...signature(data), ...check.runs],
  };
}
