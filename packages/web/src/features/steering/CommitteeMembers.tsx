import { ActionIcon, Button, Group, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import IconDeviceFloppy from '@tabler/icons-react/icons/IconDeviceFloppy';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LiveMessage } from '../../ui/LiveMessage.tsx';
import { removeAt, replaceAt } from '../../ui/listEdits.ts';
import { useErrorMessage } from '../../ui/useErrorMessage.ts';
import { type Committee, type CommitteeMember, saveMembers, steeringQuery } from './steeringApi.ts';

function Editor({ committee, onDone }: { committee: Committee; onDone: () => void }) {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const queryClient = useQueryClient();
  const [rows, setRows] = useState<CommitteeMember[]>(
    committee.members.length > 0 ? committee.members : [{ name: '', role: '' }],
  );
  const save = useMutation({
    mutationFn: () => saveMembers(committee.id, rows, committee.revision),
    onSuccess: async () => {
      await queryClient.invalidateQueries({
        queryKey: steeringQuery(committee.organisationId).queryKey,
      });
      onDone();
    },
  });
  const edit = (index: number, field: keyof CommitteeMember, value: string) =>
    setRows((list) =>
      replaceAt(list, index, { ...(list[index] as CommitteeMember), [field]: value }),
    );
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        save.mutate();
      }}
      data-testid="members-form"
    >
      <Stack gap="xs">
        {rows.map((row, index) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: rows have no identity but their place
          <Group key={index} align="flex-end" gap="xs" wrap="wrap">
            <TextInput
              label={t('steering.members.name')}
              value={row.name}
              maxLength={200}
              onChange={(e) => edit(index, 'name', e.currentTarget.value)}
            />
            <TextInput
              label={t('steering.members.role')}
              value={row.role}
              maxLength={200}
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
        <LiveMessage message={save.isError ? errorMessage(save.error) : null} />
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
