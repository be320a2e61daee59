import type { ReferentialVersion } from '@certeval/core/referential/fileSchema';
import { Stack, Table, Text, Title } from '@mantine/core';
import { useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import {
  type CompetenceGroup,
  competenceGroups,
  type Grouping,
  type KindSection,
} from './competenceGroups.ts';
import { codeAndLabel } from './labels.ts';

function KindList({ section }: { section: KindSection }) {
  const { t } = useTranslation();
  return (
    <Stack gap={4}>
      <Title order={3} size="h5">
        {section.kind
          ? t(`referential.competenceKinds.${section.kind}`)
          : t('referential.domains.unclassified')}
      </Title>
      <Table withRowBorders verticalSpacing={4} className="competence-list">
        <Table.Tbody>
          {section.competences.map((competence) => (
            <Table.Tr key={competence.code} data-testid={`competence-${competence.code}`}>
              <Table.Th scope="row" ff="monospace" w="9rem">
                {competence.code}
              </Table.Th>
              <Table.Td>{competence.label}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Stack>
  );
}

function GroupSection({ group, grouping }: { group: CompetenceGroup; grouping: Grouping }) {
  const { t } = useTranslation();
  const headingId = useId();
  const title = group.owner
    ? codeAndLabel(group.owner)
    : grouping === 'domain'
      ? t('referential.domains.shared')
      : t('referential.matrix.otherGroup');
  return (
    <section
      aria-labelledby={headingId}
      className="avoid-break"
      data-testid={`competence-group-${group.owner?.code ?? 'shared'}`}
    >
      <Title order={2} size="h3" id={headingId} mb="xs">
        {title}
      </Title>
      <Stack gap="md">
        {group.kinds.map((section) => (
          <KindList key={section.kind ?? ''} section={section} />
        ))}
      </Stack>
    </section>
  );
}

const INTRO = { domain: 'byDomain', bloc: 'byBloc', parent: 'byParent' } as const;

/** Slides 14-15: each domain's knowledge (C) and know-how (SF), then the qualities. */
export function CompetencesByDomain({ version }: { version: ReferentialVersion }) {
  const { t } = useTranslation();
  const { grouping, groups } = useMemo(() => competenceGroups(version), [version]);
  if (groups.length === 0) return <Text>{t('referential.domains.none')}</Text>;
  return (
    <Stack gap="xl" data-testid="competences-by-domain">
      <Text>{t(`referential.domains.${INTRO[grouping]}`)}</Text>
      {groups.map((group) => (
        <GroupSection key={group.owner?.code ?? ''} group={group} grouping={grouping} />
      ))}
    </Stack>
  );
}
