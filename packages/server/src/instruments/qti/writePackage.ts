// Export of a questionnaire as a QTI 3.0 content package (issue 4, item 5): imsmanifest.xml
// and one item file per item, returned as a map of paths to contents (a directory export; no
// zip is written). The manifest carries, in our own namespace, what QTI has no place for and a
// re-import needs to score the same: each item's domain and tags, the sections, the basis.
import type { Item } from '@certeval/core';
import type { QuestionnaireContent } from '@certeval/core/instruments/questionnaire/index';
import type { QtiUnsupported } from './problems.ts';
import { notExportable, qtiItemXml } from './writeItem.ts';
import { el, type XmlOut, xmlDocument } from './xmlWrite.ts';

export const CP_NAMESPACE = 'http://www.imsglobal.org/xsd/qti/qtiv3p0/imscp_v1p1';
export const CERTEVAL_NAMESPACE = 'urn:certeval:qti-package:1';
export const QTI3_ITEM_RESOURCE = 'imsqti_item_xmlv3p0';

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

export interface QtiPackageExport {
  /** Path in the package → file contents. */
  files: Map<string, string>;
  /** Items left out, each with why. */
  skipped: Array<QtiUnsupported & { itemId: string }>;
}

export const itemPath = (id: string) => `items/${id}.xml`;

function resource(item: Item, section: string): XmlOut {
  const tags = el('certeval:item', {
    section,
    domain: item.domain,
    evaluates: item.evaluates.join(' '),
  });
  const href = itemPath(item.id);
  return el('resource', { identifier: `item-${item.id}`, type: QTI3_ITEM_RESOURCE, href }, [
    el('metadata', {}, [tags]),
    el('file', { href }),
  ]);
}

function manifest(questionnaire: ExportableQuestionnaire, resources: XmlOut[]): string {
  const { id, version, title, result } = questionnaire;
  const sections = questionnaire.sections.map((section) =>
    el('certeval:section', { id: section.id, title: section.title, domain: section.domain }),
  );
  const metadata = el('metadata', {}, [
    el('schema', {}, ['QTI Package']),
    el('schemaversion', {}, ['3.0.0']),
    el('certeval:questionnaire', { id, version, title, basis: result?.basis }, sections),
  ]);
  const root = el(
    'manifest',
    { xmlns: CP_NAMESPACE, 'xmlns:certeval': CERTEVAL_NAMESPACE, identifier: `${id}-${version}` },
    [metadata, el('organizations'), el('resources', {}, resources)],
  );
  return xmlDocument(root);
}

export function exportQtiPackage(questionnaire: ExportableQuestionnaire): QtiPackageExport {
  const files = new Map<string, string>();
  const skipped: QtiPackageExport['skipped'] = [];
  const resources: XmlOut[] = [];
  for (const section of questionnaire.sections) {
    for (const item of section.items) {
      const why = notExportable(item);
      if (why !== undefined || item.type === 'observation') {
        if (why) skipped.push({ itemId: item.id, ...why });
        continue;
      }
      files.set(itemPath(item.id), qtiItemXml(item));
      resources.push(resource(item, section.id));
    }
  }
  files.set('imsmanifest.xml', manifest(questionnaire, resources));
  return { files, skipped };
}
