import { checkNewSession } from '@certeval/core/jury/sessionForm';
import {
  Button,
  Group,
  NativeSelect,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import IconCalendarPlus from '@tabler/icons-react/icons/IconCalendarPlus';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useNavigate, useRouteContext } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorSummary } from '../../ui/ErrorSummary.tsx';
import { useFormProblems } from '../../ui/useFormProblems.ts';
import { spaceParams } from '../home/spaces.ts';
import { publishedCertifications, publishedVersions } from '../referential/publishedChoices.ts';
import { certificationsQuery } from '../referential/referentialApi.ts';
import { certificationName } from '../referential/useCertificationTitle.ts';
import { createSession, sessionsQuery } from './juryApi.ts';
import { defaultMembers, type MemberDraft, toMemberInputs } from './juryModel.ts';
import { JURY_PATHS } from './juryRouteIds.ts';
import { MembersEditor } from './MembersEditor.tsx';
import {
  memberFieldId,
  SESSION_FIELDS,
  type SessionField,
  type SessionValues,
  sessionBody,
} from './newSessionForm.ts';

const EMPTY: SessionValues = {
  certification: '',
  referentialVersion: '',
  date: '',
  startTime: '09:00',
  place: '',
  remoteLink: '',
};

/**
 * The certifier convenes a jury: certification and version chosen by name among the published
 * ones, day, start, place or link, members and their seats. Every problem at once, checked in
 * the browser by the server's own check (core) before sending.
 */
export function NewSessionPage() {
  const { t } = useTranslation();
  const { membership } = useRouteContext({ from: '/_authenticated/espace/$organisationId/$role' });
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const certifications = useQuery(certificationsQuery);
  const published = publishedCertifications(certifications.data ?? []);
  const [fields, setFields] = useState(EMPTY);
  const [members, setMembers] = useState<MemberDraft[]>(defaultMembers);
  useDocumentTitle(`${t('jury.form.title')} · ${t('app.name')}`);
  const create = useMutation({
    mutationFn: () => createSession(sessionBody(fields, toMemberInputs(members))),
    onSuccess: async ({ id }) => {
      await queryClient.invalidateQueries({ queryKey: sessionsQuery.queryKey });
      await navigate({
        to: JURY_PATHS.session,
        params: { ...spaceParams(membership), sessionId: id },
      });
    },
  });
  const form = useFormProblems({
    fields: SESSION_FIELDS,
    label: (name) => t(`jury.form.${name}`),
    name: 'session',
    error: create.error,
    rows: {
      path: 'members',
      fieldId: memberFieldId,
      label: (index) => t('jury.form.memberN', { n: index + 1 }),
    },
  });
  const set = (name: SessionField, value: string) =>
    setFields((current) => ({ ...current, [name]: value }));
  const common = (name: SessionField) => ({
    ...form.field(name),
    label: t(`jury.form.${name}`),
    value: fields[name],
    'data-testid': `session-${name}`,
  });
  const field = (name: SessionField, type = 'text') => (
    <TextInput {...common(name)} type={type} onChange={(e) => set(name, e.currentTarget.value)} />
  );
  const versions = publishedVersions(published, fields.certification);
  return (
    <Stack gap="lg" data-testid="new-session-page">
      <Stack gap={4}>
        <Title order={1}>{t('jury.form.title')}</Title>
        <Text>{t('jury.form.intro')}</Text>
      </Stack>
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          const body = sessionBody(fields, toMemberInputs(members));
          if (form.accept(checkNewSession(body, 'body'))) create.mutate();
        }}
      >
        <Stack gap="md">
          <ErrorSummary {...form.summary} testId="session-problems" />
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <NativeSelect
              {...common('certification')}
              required
              onChange={(e) => {
                const slug = e.currentTarget.value;
                const [only, ...others] = publishedVersions(published, slug);
                setFields((current) => ({
                  ...current,
                  certification: slug,
                  referentialVersion: only && others.length === 0 ? only : '',
                }));
              }}
              data={[
                { value: '', label: t('jury.form.chooseCertification') },
                ...published.map((c) => ({ value: c.slug, label: certificationName(c, t) })),
              ]}
            />
            <NativeSelect
              {...common('referentialVersion')}
              required
              onChange={(e) => set('referentialVersion', e.currentTarget.value)}
              data={[
                { value: '', label: t('jury.form.chooseVersion') },
                ...versions.map((key) => ({
                  value: key,
                  label: t('jury.form.version', { version: key }),
                })),
              ]}
            />
            {field('date', 'date')}
            {field('startTime', 'time')}
            {field('place')}
            {field('remoteLink', 'url')}
          </SimpleGrid>
          <Text size="sm">{t('jury.form.venueHint')}</Text>
          <MembersEditor members={members} problems={form.problems} onChange={setMembers} />
          <Group>
            <Button
              leftSection={<IconCalendarPlus size={16} aria-hidden />}
              type="submit"
              loading={create.isPending}
              data-testid="session-submit"
            >
              {t('jury.form.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Stack>
  );
}
