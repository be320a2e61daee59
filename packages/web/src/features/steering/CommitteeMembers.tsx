import { checkMembers } from '@certeval/core/steering/steeringForms';
import { ActionIcon, Button, Group, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import IconDeviceFloppy from '@tabler/icons-react/icons/IconDeviceFloppy';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorSummary } from '../../ui/ErrorSummary.tsx';
import { removeAt, replaceAt } from '../../ui/listEdits.ts';
import { useFormProblems } from '../../ui/useFormProblems.ts';
import { type Committee, type CommitteeMember, saveMembers, steeringQuery } from './steeringApi.ts';

const FIELDS = ['members'] as const;

function Editor({ committee, onDone }: { committee: Committee; onDone: () => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [rows, setRows] = useState<CommitteeMember[]>(
    committee.members.length > 0 ? committee.members : [{ name: '', role: '' }],
  );
  const save = useMutation({
    mutationFn: (members: CommitteeMember[]) =>
      saveMembers(committee.id, members, committee.revision),
    onSuccess: async () => {
      await queryClient.invalidateQueries({
        queryKey: steeringQuery(committee.organisationId).queryKey,
      });
      onDone();
    },
  });
  const form = useFormProblems({
    fields: FIELDS,
    label: () => t('steering.members.name'),
    name: `members-${committee.id}`,
    error: save.error,
  });
  const problemOf = (k: number) => form.messageAt(`members/${k}`);
  const first = rows.findIndex((_, k) => problemOf(k) !== null);
  const edit = (index: number, field: keyof CommitteeMember, value: string) =>
    setRows((list) =>
      replaceAt(list, index, { ...(list[index] as CommitteeMember), [field]: value }),
    );
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        // A wholly blank line is left out, never refused.
        const kept = rows.filter((row) => row.name.trim() || row.role.trim());
        setRows(kept);
        const body = { members: kept, revision: committee.revision };
        if (form.accept(checkMembers(body, 'body'))) save.mutate(kept);
      }}
      noValidate
      data-testid="members-form"
    >
      <Stack gap="xs">
        <ErrorSummary {...form.summary} testId="members-problems" />
        {rows.map((row, index) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: rows have no identity but their place
          <Group key={index} align="flex-end" gap="xs" wrap="wrap">
            <TextInput
              id={index === first ? form.fieldId('members') : undefined}
              label={t('steering.members.name')}
              error={problemOf(index)}
              value={row.name}
              onChange={(e) => edit(index, 'name', e.currentTarget.value)}
            />
            <TextInput
              label={t('steering.members.role')}
              value={row.role}
              onChange={(e) => edit(index, 'role', e.currentTarget.value)}
            />
            <ActionIcon
              variant="subtle"
              color="red.9"
              size="lg"
              aria-label={t('steering.members.remove', { name: row.name || index + 1 })}
              onClick={() => setRows((list) => removeAt(list, index))}
            >
              ×
            </ActionIcon>
          </Group>
        ))}
        <Group gap="sm">
          <Button
            variant="subtle"
            onClick={() => setRows((list) => [...list, { name: '', role: '' }])}
          >
            {t('steering.members.add')}
          </Button>
          <Button
            leftSection={<IconDeviceFloppy size={16} aria-hidden />}
            type="submit"
            loading={save.isPending}
          >
            {t('steering.members.save')}
          </Button>
          <Button variant="default" onClick={onDone}>
            {t('steering.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** The committee's members (seed 000, slide 3: who sits on it and as what), edited by the pilot. */
export function CommitteeMembers({ committee }: { committee: Committee }) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState(false);
  return (
    <Stack gap="xs" data-testid="committee-members">
      <Group justify="space-between" align="center">
        <Title order={3} size="h4">
          {t('steering.members.title', { count: committee.members.length })}
        </Title>
        {committee.canEdit && !editing ? (
          <Button variant="outline" size="xs" onClick={() => setEditing(true)}>
            {t('steering.members.edit')}
          </Button>
        ) : null}
      </Group>
      {editing ? (
        <Editor committee={committee} onDone={() => setEditing(false)} />
      ) : committee.members.length === 0 ? (
        <Text>{t('steering.members.empty')}</Text>
      ) : (
        <Table>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('steering.members.name')}</Table.Th>
              <Table.Th scope="col">{t('steering.members.role')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {committee.members.map((m) => (
              <Table.Tr key={`${m.name}:${m.role}`}>
                <Table.Td>{m.name}</Table.Td>
                <Table.Td>{m.role}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}
