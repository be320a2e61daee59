import { node, referentialFile } from '@certeval/core/referential/factories';
import type { ReferentialVersion } from '@certeval/core/referential/fileSchema';
import type { VariantChange } from '@certeval/core/referential/variant';
import { describe, expect, it } from 'vitest';
import { childTypesUnder, isModified, lineNode, previewVariant } from './variantPreview.ts';

const national = referentialFile([
  node('M2', { label: 'Enregistrer une commande' }),
  node('M2A1', { type: 'activity', parent: 'M2', label: 'Saisir les commandes' }),
  node('M2A2', { type: 'activity', parent: 'M2', label: 'Réceptionner les commandes' }),
]).versions[0] as ReferentialVersion;

const statuses = (lines: ReturnType<typeof previewVariant>['lines']) =>
  lines.map((line) => `${line.code}:${line.status.join('+')}`);

describe('the preview of a draft', () => {
  it('shows each line as core applies the changes', () => {
    const draft: VariantChange[] = [
      { kind: 'rename', code: 'M2A1', label: 'Saisir dans l’ERP' },
      { kind: 'add', code: 'BTV-1', type: 'activity', parent: 'M2', label: 'Sans gluten' },
    ];
    const preview = previewVariant(national, draft);
    expect(preview.problems).toEqual([]);
    expect(statuses(preview.lines)).toEqual([
      'M2:national',
      'M2A1:renamed',
      'M2A2:national',
      'BTV-1:added',
    ]);
    const added = preview.lines.find((line) => line.code === 'BTV-1');
    expect(added && lineNode(added).label).toBe('Sans gluten');
  });

  it('reports what does not apply and still shows the rest, orphaned additions dropped', () => {
    const draft: VariantChange[] = [
      { kind: 'rename', code: 'NOPE', label: 'x' },
      { kind: 'add', code: 'BTV-1', type: 'activity', parent: 'GONE', label: 'Orphelin' },
      { kind: 'add', code: 'BTV-2', type: 'task', parent: 'BTV-1', label: 'Petit-enfant' },
      { kind: 'annotate', code: 'M2A2', note: 'Note' },
    ];
    const preview = previewVariant(national, draft);
    expect(preview.problems.map((p) => `${p.code} ${p.path}`)).toEqual([
      'unknown_national_item $.changes[0].code',
      'unknown_parent $.changes[1].parent',
    ]);
    expect(statuses(preview.lines)).toEqual(['M2:national', 'M2A1:national', 'M2A2:annotated']);
  });

  it('tells modified lines from national ones', () => {
    const { lines } = previewVariant(national, [{ kind: 'hide', code: 'M2A1' }]);
    expect(lines.filter(isModified).map((line) => line.code)).toEqual(['M2A1']);
  });

  it('offers only the types core allows under a parent', () => {
    expect(childTypesUnder('mission')).toContain('activity');
    expect(childTypesUnder('mission')).not.toContain('mission');
    expect(childTypesUnder('sub_activity')).toContain('task');
    expect(childTypesUnder('sub_activity')).not.toContain('activity');
  });
});
