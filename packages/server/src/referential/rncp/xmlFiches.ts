// Streaming reader of France Compétences' XML export (flux 4.1, ~500 MB): yields one fiche
// record at a time. Only the elements of the fiche being read are held, and only those we
// map (KEPT_FICHE_ELEMENTS): memory stays bounded by one chunk and one fiche, whatever the
// size of the file. A malformed or truncated document, or one that is not the fiches' flux,
// throws import_invalid with the first fault located (file, line, column): the caller's
// transaction then stores nothing.
import { createReadStream } from 'node:fs';
import path from 'node:path';
import { StringDecoder } from 'node:string_decoder';
import type { RncpFicheRecord } from '@certeval/core/referential/rncp/record';
import { SaxesParser } from 'saxes';
import type { ProblemDetail } from '../../platform/errors.ts';
import { exportInvalid, readProblem } from './exportProblems.ts';
import { ficheRecord, KEPT_FICHE_ELEMENTS, type XmlElement } from './xmlFicheRecord.ts';

export interface RncpXmlOptions {
  /** Name used in warnings' locations and in parse errors. */
  name: string;
  /** Called with the text of <VERSION_FLUX> (4.1 for the fixtures). */
  onFluxVersion?: (version: string) => void;
}

/** Depth 1 is <FICHES>, 2 a <FICHE> (or <VERSION_FLUX>), 3 the fiche's fields. */
class FicheCollector {
  private depth = 0;
  private skipFrom = 0;
  private stack: XmlElement[] = [];
  ready: RncpFicheRecord[] = [];

  constructor(private readonly options: RncpXmlOptions) {}

  /** The root element's name, when it is not the export's FICHES. */
  wrongRoot: string | undefined;

  open(name: string, line: number): void {
    this.depth++;
    if (this.depth === 1 && name !== 'FICHES') this.wrongRoot ??= name;
    if (this.skipFrom > 0 || this.depth === 1) return;
    const kept =
      this.depth === 2
        ? name === 'FICHE' || name === 'VERSION_FLUX'
        : this.depth > 3 || KEPT_FICHE_ELEMENTS.has(name);
    if (!kept) {
      this.skipFrom = this.depth;
      return;
    }
    const element: XmlElement = { name, text: '', children: [], line };
    if (this.depth > 2) this.stack[this.stack.length - 1]?.children.push(element);
    this.stack.push(element);
  }

  /**
   * Whether text matters at this point: only inside a kept element under <FICHE>. The reader
   * unplugs saxes' text handler elsewhere, so saxes does not even slice the text it skips.
   */
  wantsText(): boolean {
    return (
      this.skipFrom === 0 && this.depth >= 2 && this.stack[this.stack.length - 1]?.name !== 'FICHE'
    );
  }

  text(text: string): void {
    if (this.skipFrom === 0 && this.depth > 1) {
      const top = this.stack[this.stack.length - 1];
      if (top !== undefined) top.text += text;
    }
  }

  close(): void {
    if (this.skipFrom > 0) {
      if (this.skipFrom === this.depth) this.skipFrom = 0;
    } else if (this.depth > 1) {
      const element = this.stack.pop();
      if (this.depth === 2 && element !== undefined) this.finish(element);
    }
    this.depth--;
  }

  private finish(element: XmlElement): void {
    if (element.name === 'VERSION_FLUX') this.options.onFluxVersion?.(element.text.trim());
    else this.ready.push(ficheRecord(element, this.options.name));
  }

  drain(): RncpFicheRecord[] {
    const out = this.ready;
    this.ready = [];
    return out;
  }
}

/** Watches the parser for its first fault, or a root that is not FICHES. */
function faultWatch(parser: SaxesParser, collector: FicheCollector, file: string) {
  let fault: ProblemDetail | undefined;
  parser.on('error', (error) => {
    const detail = error.message.replace(/^[^\n]*?:\d+:\d+: /, '');
    fault ??= readProblem(
      'malformed_xml',
      { file, line: parser.line, column: parser.column },
      detail,
    );
  });
  return () => {
    if (fault === undefined && collector.wrongRoot !== undefined)
      fault = readProblem('not_rncp_export', { file, line: 1 }, collector.wrongRoot);
    if (fault !== undefined) throw exportInvalid([fault]);
  };
}

export async function* readRncpXml(
  chunks: AsyncIterable<string | Buffer>,
  options: RncpXmlOptions,
): AsyncGenerator<RncpFicheRecord> {
  const collector = new FicheCollector(options);
  const parser = new SaxesParser({ fileName: options.name });
  const check = faultWatch(parser, collector, options.name);
  const onText = (text: string) => collector.text(text);
  let textOn = false;
  const followText = () => {
    if (collector.wantsText() === textOn) return;
    textOn = !textOn;
    if (textOn) parser.on('text', onText);
    else parser.off('text');
  };
  parser.on('opentag', (tag) => {
    collector.open(tag.name, parser.line);
    followText();
  });
  parser.on('cdata', onText);
  parser.on('closetag', () => {
    collector.close();
    followText();
  });
  const decoder = new StringDecoder('utf8');
  for await (const chunk of chunks) {
    parser.write(typeof chunk === 'string' ? chunk : decoder.write(chunk));
    check();
    yield* collector.drain();
  }
  parser.write(decoder.end());
  parser.close();
  check();
  yield* collector.drain();
}

/** Reads an export file from disk in 256 KiB chunks, telling the bytes read so far. */
export function readRncpXmlFile(
  file: string,
  options: Partial<RncpXmlOptions> & { onBytes?: (read: number) => void } = {},
) {
  const { onBytes, ...rest } = options;
  const stream = createReadStream(file, { highWaterMark: 256 * 1024 });
  if (onBytes) stream.on('data', () => onBytes(stream.bytesRead));
  return readRncpXml(stream, { name: path.basename(file), ...rest });
}
