// Export of a questionnaire as a QTI 3.0 or 2.1 content package (issue 4, item 5; issue 18,
// item 4): imsmanifest.xml, one item file per item, and the items' pictures, as paths to
// contents. The manifest is valid against the version's content-package schema: each item's
// referential codes are linked to CASE through curriculumStandardsMetadataSet (the CASE URI of
// each item as the referential exposes it), and what QTI has no place for and a re-import needs
// to score the same (domains, sections, the basis) sits in Certeval's namespace inside the
// extension points the schemas open (LOM in 3.0, the metadata itself in 2.1's IMS CP 1.1).
import type { Item } from '@certeval/core';
import type { QuestionnaireContent } from '@certeval/core/instruments/questionnaire/index';
import { el, type XmlOut, xmlDocument } from '@certeval/core/xml/xmlWrite';
import type { QtiUnsupported } from './problems.ts';
import { notExportable, type QtiVersion, qtiItemXml } from './writeItem.ts';

export const CERTEVAL_NAMESPACE = 'urn:certeval:qti-package:1';
const LOM = 'http://ltsc.ieee.org/xsd/LOM';
const MANIFEST: Record<QtiVersion, { namespace: string; csm: string; type: string }> = {
  '3.0': {
    namespace: 'http://www.imsglobal.org/xsd/qti/qtiv3p0/imscp_v1p1',
    csm: 'http://www.imsglobal.org/xsd/qti/qtiv3p0/imscsmd_v1p1',
    type: 'imsqti_item_xmlv3p0',
  },
  '2.1': {
    namespace: 'http://www.imsglobal.org/xsd/imscp_v1p1',
    csm: 'http://www.imsglobal.org/xsd/imscsmd_v1p0',
    type: 'imsqti_item_xmlv2p1',
  },
};

export interface ExportableQuestionnaire extends QuestionnaireContent {
  id: string;
  version: string;
  title: string;
  sections: ReadonlyArray<{
    id: string;
    title?: string;
    domain?: string;
    items: readonly Item[];
  }>;
}

/** A referential item as CASE names it: its code, CFItem identifier and URI. */
export interface CaseLink {
  identifier: string;
  uri: string;
}

export interface QtiExportOptions {
  version?: QtiVersion;
  /** The referential version's items by code, and its CFDocument's URI. */
  caseItems?: ReadonlyMap<string, CaseLink>;
  caseDocument?: string;
  /** The instrument's pictures, by their path in the package (images/…). */
  images?: ReadonlyMap<string, Uint8Array>;
}

export interface QtiPackageExport {
  /** Path in the package → file contents. */
  files: Map<string, string | Uint8Array>;
  /** Items left out, each with why. */
  skipped: Array<QtiUnsupported & { itemId: string }>;
}

export const itemPath = (id: string) => `items/${id}.xml`;
const imagePath = (file: string) => `items/${file}`;

interface Writing {
  version: QtiVersion;
  options: QtiExportOptions;
  csm: string;
}

/** The codes the item is tagged with, linked to their CASE items (3.0's csm; 2.1: lax). */
function caseLinks(w: Writing, item: Item): XmlOut[] {
  const codes = [...new Set([...(item.domain ? [item.domain] : []), ...item.evaluates])];
  const linked = codes.flatMap((code) => {
    const link = w.options.caseItems?.get(code);
    if (link === undefined) return [];
    return [
      el('csm:labelledGUID', {}, [
        el('csm:label', {}, [code]),
        el('csm:caseItemURI', {}, [link.uri]),
        el('csm:GUID', {}, [link.identifier]),
      ]),
    ];
  });
  if (linked.length === 0) return [];
  const provider = w.options.caseDocument ? { providerId: w.options.caseDocument } : {};
  return [
    el('csm:curriculumStandardsMetadataSet', { resourceLabel: 'item', resourcePartId: item.id }, [
      el('csm:curriculumStandardsMetadata', provider, [el('csm:setOfGUIDs', {}, linked)]),
    ]),
  ];
}

/** Certeval's own tags, where the version's schema lets other namespaces in. */
const extension = (w: Writing, tags: XmlOut) =>
  w.version === '3.0' ? el('lom:lom', {}, [tags]) : tags;

function resource(w: Writing, item: Item, section: string): XmlOut {
  const tags = el('certeval:item', {
    section,
    domain: item.domain,
    evaluates: item.evaluates.join(' '),
  });
  const href = itemPath(item.id);
  const pictures = (item.images ?? []).map((image) => el('file', { href: imagePath(image.file) }));
  return el('resource', { identifier: `item-${item.id}`, type: MANIFEST[w.version].type, href }, [
    el('metadata', {}, [...caseLinks(w, item), extension(w, tags)]),
    el('file', { href }),
    ...pictures,
  ]);
}

function packageMetadata(w: Writing, questionnaire: ExportableQuestionnaire): XmlOut {
  const { id, version, title, result } = questionnaire;
  const sections = questionnaire.sections.map((section) =>
    el('certeval:section', { id: section.id, title: section.title, domain: section.domain }),
  );
  const tags = el('certeval:questionnaire', { id, version, title, basis: result?.basis }, sections);
  if (w.version === '2.1')
    return el('metadata', {}, [
      el('schema', {}, ['IMS Content']),
      el('schemaversion', {}, ['1.1.4']),
      tags,
    ]);
  const lom = el('lom:lom', {}, [
    el('lom:general', {}, [
      el('lom:title', {}, [el('lom:string', { language: 'fr' }, [title])]),
      el('lom:language', {}, ['fr']),
    ]),
    tags,
  ]);
  return el('metadata', {}, [
    el('schema', {}, ['QTI Package']),
    el('schemaversion', {}, ['3.0.0']),
    lom,
  ]);
}

function manifest(w: Writing, questionnaire: ExportableQuestionnaire, resources: XmlOut[]) {
  const { id, version } = questionnaire;
  const root = el(
    'manifest',
    {
      xmlns: MANIFEST[w.version].namespace,
      ...(w.version === '3.0' && { 'xmlns:lom': LOM }),
      'xmlns:csm': w.csm,
      'xmlns:certeval': CERTEVAL_NAMESPACE,
      identifier: `${id}-${version}`,
    },
    [packageMetadata(w, questionnaire), el('organizations'), el('resources', {}, resources)],
  );
  return xmlDocument(root);
}

export function exportQtiPackage(
  questionnaire: ExportableQuestionnaire,
  options: QtiExportOptions = {},
): QtiPackageExport {
  const version = options.version ?? '3.0';
  const w: Writing = { version, options, csm: MANIFEST[version].csm };
  const files = new Map<string, string | Uint8Array>();
  const skipped: QtiPackageExport['skipped'] = [];
  const resources: XmlOut[] = [];
  for (const section of questionnaire.sections) {
    for (const item of section.items) {
      const why = notExportable(item);
      if (why !== undefined || item.type === 'observation') {
        if (why) skipped.push({ itemId: item.id, ...why });
        continue;
      }
      files.set(itemPath(item.id), qtiItemXml(item, version));
      for (const image of item.images ?? []) {
        const bytes = options.images?.get(image.file);
        if (bytes) files.set(imagePath(image.file), bytes);
      }
      resources.push(resource(w, item, section.id));
    }
  }
  files.set('imsmanifest.xml', manifest(w, questionnaire, resources));
  return { files, skipped };
}
