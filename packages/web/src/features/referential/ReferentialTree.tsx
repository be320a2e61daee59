import type { ReferentialNode, ReferentialVersion } from '@certeval/core/referential/fileSchema';
import { Button, Group, Stack, Text, TextInput, Title } from '@mantine/core';
import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type TreeContext, TreeItem } from './TreeItem.tsx';
import { initiallyOpen, parentCodes, searchTree } from './treeSearch.ts';

/** Roots that describe the job (activity referential); the others describe competences. */
const ACTIVITY_ROOTS = new Set<ReferentialNode['type']>([
  'function',
  'mission',
  'activity',
  'sub_activity',
  'task',
  'activity_area',
]);

function TreeSection({
  title,
  roots,
  tree,
}: {
  title: string;
  roots: ReferentialNode[];
  tree: TreeContext;
}) {
  const headingId = useId();
  if (roots.length === 0) return null;
  return (
    <section aria-labelledby={headingId}>
      <Title order={2} size="h3" id={headingId} mb="xs">
        {title}
      </Title>
      <ul className="tree-list tree-root">
        {roots.map((node) => (
          <TreeItem key={node.code} node={node} tree={tree} />
        ))}
      </ul>
    </section>
  );
}

function useChildren(version: ReferentialVersion) {
  return useMemo(() => {
    const byParent = new Map<string | undefined, ReferentialNode[]>();
    for (const node of version.nodes) {
      byParent.set(node.parent, [...(byParent.get(node.parent) ?? []), node]);
    }
    return (code: string | undefined) => byParent.get(code) ?? [];
  }, [version]);
}

/** The referential as an expandable tree, searchable by code or label. */
export function ReferentialTree({ version }: { version: ReferentialVersion }) {
  const { t } = useTranslation();
  const children = useChildren(version);
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(() => initiallyOpen(version));
  const search = useMemo(
    () => (query.trim() ? searchTree(version, query) : undefined),
    [version, query],
  );
  const onQuery = (value: string) => {
    setQuery(value);
    setOpen(value.trim() ? searchTree(version, value).open : initiallyOpen(version));
  };
  const shown = (node: ReferentialNode) => !search || search.visible.has(node.code);
  const tree: TreeContext = {
    childrenOf: (code) => children(code).filter(shown),
    isOpen: (code) => open.has(code),
    toggle: (code) =>
      setOpen((current) => {
        const next = new Set(current);
        if (!next.delete(code)) next.add(code);
        return next;
      }),
    query: query.trim(),
    isMatch: (code) => search?.matches.has(code) ?? false,
  };
  const roots = children(undefined).filter(shown);
  const count = search?.matches.size ?? 0;

  return (
    <Stack gap="md" data-testid="referential-tree">
      <Group align="end" gap="sm" className="no-print">
        <TextInput
          type="search"
          label={t('referential.tree.search')}
          value={query}
          onChange={(event) => onQuery(event.currentTarget.value)}
          data-testid="tree-search"
          miw={280}
        />
        <Button variant="default" onClick={() => setOpen(parentCodes(version))}>
          {t('referential.tree.expandAll')}
        </Button>
        <Button variant="default" onClick={() => setOpen(new Set())}>
          {t('referential.tree.collapseAll')}
        </Button>
      </Group>
      <div aria-live="polite" aria-atomic="true" data-testid="tree-results">
        {search ? (
          <Text fw={500}>
            {count > 0
              ? t('referential.tree.results', { count })
              : t('referential.tree.noResult', { query: query.trim() })}
          </Text>
        ) : null}
      </div>
      <TreeSection
        title={t('referential.tree.activityTitle')}
        roots={roots.filter((node) => ACTIVITY_ROOTS.has(node.type))}
        tree={tree}
      />
      <TreeSection
        title={t('referential.tree.competenceTitle')}
        roots={roots.filter((node) => !ACTIVITY_ROOTS.has(node.type))}
        tree={tree}
      />
    </Stack>
  );
}
