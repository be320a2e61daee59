// Import of a QTI content package (2.1 or 3.0): the manifest's item resources, each read by
// importQtiItem, regrouped into sections. Tags written by exportQtiPackage (domain, evaluated
// codes, sections, basis) are restored; a package from another tool gives one untagged section.
import type { Item, QuestionnaireResultRule } from '@certeval/core';
import type { QuestionnaireContent } from '@certeval/core/instruments/questionnaire/index';
import type { ImageFile } from '../images.ts';
import { type QtiProblem, qtiMessages } from './problems.ts';
import { importQtiItem, type QtiItemImport } from './readItem.ts';
import { type PackageFiles, withPictures } from './readPictures.ts';
import { descendants, firstChild, parseXml, type XmlElement } from './xmlTree.ts';

const MANIFEST = 'imsmanifest.xml';
const DEFAULT_SECTION = 'qti';

export interface ImportedSection {
  id: string;
  title?: string;
  domain?: string;
  items: Item[];
}

export interface QtiPackageImport {
  title?: string;
  questionnaire: QuestionnaireContent & { sections: ImportedSection[] };
  /** Every item resource of the manifest, whatever its outcome. */
  items: QtiItemImport[];
  /** The pictures the imported items show, to store with the instrument. */
  images: ImageFile[];
  problems: QtiProblem[];
}

const defined = <T extends object>(value: T) =>
  Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined && v !== '')) as T;

function sectionsOf(info: XmlElement | undefined): ImportedSection[] {
  const declared = info ? descendants(info).filter((e) => e.name === 'section') : [];
  return declared.map(({ attributes: a }) =>
    defined({ id: a.id ?? DEFAULT_SECTION, title: a.title, domain: a.domain, items: [] }),
  );
}

function tagged(item: Item, tags: XmlElement | undefined): Item {
  if (tags === undefined) return item;
  const evaluates = (tags.attributes.evaluates ?? '').split(/\s+/).filter((code) => code !== '');
  return { ...item, ...defined({ domain: tags.attributes.domain }), evaluates };
}

function place(sections: ImportedSection[], id: string, item: Item): void {
  let section = sections.find((s) => s.id === id);
  if (section === undefined) {
    section = { id, items: [] };
    sections.push(section);
  }
  section.items.push(item);
}

function basisOf(info: XmlElement | undefined): QuestionnaireResultRule | undefined {
  const basis = info?.attributes.basis;
  return basis === 'questions' || basis === 'points' ? { basis } : undefined;
}

const decoder = new TextDecoder();
/** A file of the package as text (UTF-8), or undefined when the package lacks it. */
function textOf(files: PackageFiles, name: string): string | undefined {
  const content = files.get(name);
  return content === undefined || typeof content === 'string' ? content : decoder.decode(content);
}

/** Imports a package given as paths → contents (a directory, or a zip's entries). */
export function importQtiPackage(files: PackageFiles): QtiPackageImport {
  const empty = { questionnaire: { sections: [] }, items: [], images: [] };
  const text = textOf(files, MANIFEST);
  if (text === undefined)
    return {
      ...empty,
      problems: [{ code: 'not_a_package', file: MANIFEST, message: qtiMessages.notAPackage() }],
    };
  const parsed = parseXml(text);
  if (!parsed.ok) {
    const problem: QtiProblem = {
      code: 'not_xml',
      file: MANIFEST,
      message: qtiMessages.notXml(parsed.detail),
    };
    return { ...empty, problems: [parsed.line ? { ...problem, line: parsed.line } : problem] };
  }
  const all = descendants(parsed.root);
  const info = all.find((e) => e.name === 'questionnaire');
  const sections = sectionsOf(info);
  const items: QtiItemImport[] = [];
  const problems: QtiProblem[] = [];
  const images: ImageFile[] = [];
  for (const res of all.filter(
    (e) => e.name === 'resource' && e.attributes.type?.startsWith('imsqti_item_xml'),
  )) {
    const href = res.attributes.href ?? '';
    const itemText = textOf(files, href);
    if (itemText === undefined) {
      problems.push({
        code: 'missing_file',
        file: MANIFEST,
        line: res.line,
        element: 'resource',
        message: qtiMessages.missingFile(href),
      });
      continue;
    }
    const read = importQtiItem(itemText, href);
    if (read.outcome === 'invalid') problems.push(...read.problems);
    if (read.outcome !== 'imported') {
      items.push(read);
      continue;
    }
    const pictured = withPictures(read.item, read.pictures, href, files);
    images.push(...pictured.images);
    items.push({ ...read, item: pictured.item, omitted: [...read.omitted, ...pictured.omitted] });
    const metadata = firstChild(res, 'metadata');
    const tags = metadata ? descendants(metadata).find((e) => e.name === 'item') : undefined;
    place(sections, tags?.attributes.section ?? DEFAULT_SECTION, tagged(pictured.item, tags));
  }
  const result = basisOf(info);
  const questionnaire = {
    sections: sections.filter((s) => s.items.length > 0),
    ...(result ? { result } : {}),
  };
  return {
    ...(info?.attributes.title ? { title: info.attributes.title } : {}),
    questionnaire,
    items,
    images: unique(images),
    problems,
  };
}

const unique = (images: ImageFile[]) => [...new Map(images.map((i) => [i.file, i])).values()];
