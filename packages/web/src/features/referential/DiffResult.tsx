import type { VersionDiff } from '@certeval/core/referential/diff';
import type { ReferentialLink, ReferentialNode } from '@certeval/core/referential/fileSchema';
import { List, Stack, Table, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { codeAndLabel, useNodeTypeLabel } from './labels.ts';

function DiffSection({
  title,
  testId,
  children,
}: {
  title: string;
  testId: string;
  children: ReactNode;
}) {
  return (
    <Stack gap="xs" data-testid={testId} className="avoid-break">
      <Title order={3} size="h4">
        {title}
      </Title>
      {children}
    </Stack>
  );
}

function NodeList({ nodes }: { nodes: ReferentialNode[] }) {
  const typeLabel = useNodeTypeLabel();
  return (
    <List>
      {nodes.map((node) => (
        <List.Item key={node.code}>
          {codeAndLabel(node)} ({typeLabel(node)})
        </List.Item>
      ))}
    </List>
  );
}

function LinkList({ links }: { links: ReferentialLink[] }) {
  const { t } = useTranslation();
  return (
    <List>
      {links.map((link) => (
        <List.Item key={`${link.type}-${link.from}-${link.to}-${link.toVersion ?? ''}`}>
          {link.from} {t(`referential.linkTypes.${link.type}`)} {link.to}
          {link.toVersion ? ` (v${link.toVersion})` : ''}
        </List.Item>
      ))}
    </List>
  );
}

/** A field's value as text: labels as they are, lists and sections as JSON. */
function shown(value: unknown, empty: string): string {
  if (value === undefined || value === null || value === '') return empty;
  return typeof value === 'string' ? value : JSON.stringify(value);
}

function ChangedTable({ changed }: { changed: VersionDiff['changed'] }) {
  const { t } = useTranslation();
  const empty = t('referential.compare.empty');
  return (
    <Table withTableBorder verticalSpacing="xs">
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">{t('referential.compare.code')}</Table.Th>
          <Table.Th scope="col">{t('referential.compare.field')}</Table.Th>
          <Table.Th scope="col">{t('referential.compare.before')}</Table.Th>
          <Table.Th scope="col">{t('referential.compare.after')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {changed.flatMap((change) =>
          change.fields.map((field) => (
            <Table.Tr key={`${change.code}-${field}`}>
              <Table.Th scope="row" ff="monospace">
                {change.code}
              </Table.Th>
              <Table.Td>{field}</Table.Td>
              <Table.Td>{shown(change.before[field], empty)}</Table.Td>
              <Table.Td>{shown(change.after[field], empty)}</Table.Td>
            </Table.Tr>
          )),
        )}
      </Table.Tbody>
    </Table>
  );
}

/** Added, removed and changed items, then added and removed links. */
export function DiffResult({ diff }: { diff: VersionDiff }) {
  const { t } = useTranslation();
  const linkChanges = diff.addedLinks.length + diff.removedLinks.length;
  const total = diff.added.length + diff.removed.length + diff.changed.length + linkChanges;
  if (total === 0) {
    return (
      <Text fw={600} data-testid="diff-none">
        {t('referential.compare.none')}
      </Text>
    );
  }
  return (
    <Stack gap="lg" data-testid="diff-result">
      <Text fw={600}>
        {t('referential.compare.summary', {
          added: diff.added.length,
          removed: diff.removed.length,
          changed: diff.changed.length,
          links: linkChanges,
        })}
      </Text>
      {diff.added.length > 0 ? (
        <DiffSection title={t('referential.compare.added')} testId="diff-added">
          <NodeList nodes={diff.added} />
        </DiffSection>
      ) : null}
      {diff.removed.length > 0 ? (
        <DiffSection title={t('referential.compare.removed')} testId="diff-removed">
          <NodeList nodes={diff.removed} />
        </DiffSection>
      ) : null}
      {diff.changed.length > 0 ? (
        <DiffSection title={t('referential.compare.changed')} testId="diff-changed">
          <ChangedTable changed={diff.changed} />
        </DiffSection>
      ) : null}
      {diff.addedLinks.length > 0 ? (
        <DiffSection title={t('referential.compare.addedLinks')} testId="diff-added-links">
          <LinkList links={diff.addedLinks} />
        </DiffSection>
      ) : null}
      {diff.removedLinks.length > 0 ? (
        <DiffSection title={t('referential.compare.removedLinks')} testId="diff-removed-links">
          <LinkList links={diff.removedLinks} />
        </DiffSection>
      ) : null}
    </Stack>
  );
}
