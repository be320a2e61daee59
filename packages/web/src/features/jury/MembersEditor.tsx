import { JURY_ROLES } from '@certeval/core/jury/juryRuleSchema';
import {
  ActionIcon,
  Alert,
  Button,
  Group,
  List,
  NativeSelect,
  Paper,
  Radio,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { currentLocale } from '../../i18n/i18n.ts';
import { juryPeopleQuery, type Problem } from './juryApi.ts';
import { type MemberDraft, newMemberDraft, presideOnly, problemsAt } from './juryModel.ts';
import { memberFieldId } from './newSessionForm.ts';

/** A problem as the form shows it: where, and what in both languages. */
type Shown = Pick<Problem, 'path' | 'message'>;

type Props = {
  members: MemberDraft[];
  problems: readonly Shown[];
  onChange: (members: MemberDraft[]) => void;
};

export function ProblemAlert({ problems, title }: { problems: readonly Shown[]; title?: string }) {
  const locale = currentLocale();
  if (problems.length === 0) return null;
  return (
    <Alert color="red" variant="outline" role="alert" title={title} data-testid="jury-problems">
      <List size="sm">
        {problems.map((p) => (
          <List.Item key={`${p.path}-${p.message.en}`}>{p.message[locale]}</List.Item>
        ))}
      </List>
    </Alert>
  );
}

/** The members of a jury being edited: person, seat, organisation represented, who presides. */
export function MembersEditor({ members, problems, onChange }: Props) {
  const { t } = useTranslation();
  const people = useQuery(juryPeopleQuery);
  const update = (key: string, change: Partial<MemberDraft>) =>
    onChange(members.map((m) => (m.key === key ? { ...m, ...change } : m)));
  const presiding = members.find((m) => m.presides)?.key ?? '';
  return (
    <Stack gap="sm" data-testid="members-editor">
      <ProblemAlert problems={problemsAt(problems)} />
      <Radio.Group
        value={presiding}
        onChange={(key) => onChange(presideOnly(members, key))}
        label={t('jury.form.members')}
      >
        <Stack gap="sm" mt="xs">
          {members.map((member, index) => (
            <Paper withBorder p="sm" key={member.key} data-testid={`member-row-${index}`}>
              <Group align="flex-end" gap="sm" wrap="wrap">
                <NativeSelect
                  id={memberFieldId(index)}
                  label={t('jury.form.person')}
                  error={problemsAt(problems, index).length > 0}
                  value={member.userId}
                  onChange={(e) => update(member.key, { userId: e.currentTarget.value })}
                  data={[
                    { value: '', label: t('jury.form.personPlaceholder') },
                    ...(people.data ?? []).map((p) => ({ value: p.id, label: p.name })),
                  ]}
                  data-testid={`member-person-${index}`}
                />
                <NativeSelect
                  label={t('jury.form.seat')}
                  value={member.role}
                  onChange={(e) =>
                    update(member.key, { role: e.currentTarget.value as MemberDraft['role'] })
                  }
                  data={JURY_ROLES.map((role) => ({ value: role, label: t(`jury.roles.${role}`) }))}
                  data-testid={`member-role-${index}`}
                />
                <TextInput
                  label={t('jury.form.affiliation')}
                  value={member.affiliation ?? ''}
                  onChange={(e) => update(member.key, { affiliation: e.currentTarget.value })}
                  data-testid={`member-affiliation-${index}`}
                />
                <Radio
                  value={member.key}
                  label={t('jury.form.presides')}
                  data-testid={`member-presides-${index}`}
                />
                <ActionIcon
                  variant="subtle"
                  color="red"
                  aria-label={t('jury.form.removeMember')}
                  onClick={() => onChange(members.filter((m) => m.key !== member.key))}
                >
                  ×
                </ActionIcon>
              </Group>
              {problemsAt(problems, index).map((p) => (
                <Text key={`${p.path}-${p.message.en}`} c="red.8" size="sm" mt={4}>
                  {p.message[currentLocale()]}
                </Text>
              ))}
            </Paper>
          ))}
        </Stack>
      </Radio.Group>
      <Group>
        <Button
          variant="default"
          onClick={() => onChange([...members, newMemberDraft('professional')])}
          data-testid="add-member"
        >
          {t('jury.form.addMember')}
        </Button>
      </Group>
    </Stack>
  );
}
