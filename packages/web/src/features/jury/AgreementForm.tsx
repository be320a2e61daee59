import {
  Alert,
  Button,
  Group,
  Loader,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../app/apiClient.ts';
import { currentLocale } from '../../i18n/i18n.ts';
import { useErrorMessage } from '../../ui/useErrorMessage.ts';
import { DecisionPanel } from './DecisionPanel.tsx';
import { type JuryCandidate, juryCandidateQuery, recordAgreement, whatIf } from './juryApi.ts';
import { initialAgreement, parsePercentages } from './juryModel.ts';

/**
 * The president records the jury's shared appreciation per domain (seed 002): the members'
 * mean to start from, the decision these percentages would give (what-if) updated as they
 * are typed, the one synthesis comment, then the record.
 */
export function AgreementForm({ view }: { view: JuryCandidate }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const errorMessage = useErrorMessage();
  const queryClient = useQueryClient();
  const [draft, setDraft] = useState(() => initialAgreement(view));
  const [comment, setComment] = useState(view.agreement?.comment ?? '');
  const parsed = parsePercentages(draft);
  const [debounced] = useDebouncedValue(parsed.ok ? parsed.values : null, 300);
  const preview = useQuery({
    queryKey: ['jury', 'candidates', view.id, 'what-if', debounced],
    queryFn: () => whatIf(view.id, debounced ?? {}),
    enabled: debounced !== null,
    staleTime: Number.POSITIVE_INFINITY,
  });
  const record = useMutation({
    mutationFn: () => {
      if (!parsed.ok) throw new Error('invalid percentages');
      return recordAgreement(view.id, {
        percentages: parsed.values,
        comment,
        revision: view.revision,
      });
    },
    onSuccess: () =>
      queryClient.invalidateQueries({ queryKey: juryCandidateQuery(view.id).queryKey }),
  });
  const problemAt = (path: string) =>
    record.error instanceof ApiError
      ? record.error.problems.find((p) => p.path === path)?.message[locale]
      : undefined;
  const outside = new Set(preview.data?.outsideMembersRange ?? []);
  return (
    <Stack
      gap="sm"
      component="section"
      aria-labelledby="agreement-title"
      data-testid="agreement-form"
    >
      <Title order={2} id="agreement-title">
        {t('jury.deliberation.agreement')}
      </Title>
      <Text size="sm">{t('jury.deliberation.agreementIntro')}</Text>
      <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
        {view.guide.domains.map(({ domain, label }) => (
          <TextInput
            key={domain}
            inputMode="decimal"
            label={t('jury.deliberation.agreed', { label: `${domain} · ${label}` })}
            value={draft[domain] ?? ''}
            onChange={(e) => {
              const value = e.currentTarget.value;
              setDraft((current) => ({ ...current, [domain]: value }));
            }}
            rightSection="%"
            error={
              (!parsed.ok && parsed.invalid.includes(domain)
                ? t('jury.deliberation.invalidPercentage')
                : undefined) ?? problemAt(`body/percentages/${domain}`)
            }
            description={outside.has(domain) ? t('jury.deliberation.outsideRange') : undefined}
            data-testid={`agreed-${domain}`}
          />
        ))}
      </SimpleGrid>
      <Stack gap={4} data-testid="what-if">
        <Title order={3}>{t('jury.deliberation.whatIf')}</Title>
        {preview.isFetching ? (
          <Group gap="xs" role="status">
            <Loader size="xs" />
            <Text size="sm">{t('jury.deliberation.whatIfPending')}</Text>
          </Group>
        ) : null}
        {preview.isError ? (
          <Alert color="red" variant="outline" role="alert">
            {errorMessage(preview.error)}
          </Alert>
        ) : null}
        {preview.data && parsed.ok ? (
          <DecisionPanel
            decision={preview.data.decision}
            testId="what-if-decision"
            explanationOpen
          />
        ) : null}
      </Stack>
      <Textarea
        label={t('jury.deliberation.comment')}
        description={t('jury.deliberation.commentHint')}
        value={comment}
        onChange={(e) => setComment(e.currentTarget.value)}
        autosize
        minRows={3}
        error={problemAt('body/comment')}
        data-testid="synthesis-comment"
      />
      {record.error && !(record.error instanceof ApiError && record.error.problems.length > 0) ? (
        <Alert color="red" variant="outline" role="alert" data-testid="agreement-error">
          {errorMessage(record.error)}
        </Alert>
      ) : null}
      <Group>
        <Button
          onClick={() => record.mutate()}
          disabled={!parsed.ok}
          loading={record.isPending}
          data-testid="record-agreement"
        >
          {t('jury.deliberation.record')}
        </Button>
      </Group>
    </Stack>
  );
}
