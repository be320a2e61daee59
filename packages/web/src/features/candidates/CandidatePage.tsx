import { Alert, Button, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi, Link } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { CandidateEvaluations } from '../evaluations/CandidateEvaluations.tsx';
import { spaceParams } from '../home/spaces.ts';
import { CandidateGaps } from '../jury/CandidateGaps.tsx';
// The questionnaire taken online (issue 5, item 6).
import { OnlineOnFile } from '../online/OnlineOnFile.tsx';
import { Loading, PageLoadError } from '../referential/LoadState.tsx';
// The VAE candidate's descriptive activity booklet (issue 6, item 5).
import { VaeOnFile } from '../vae/VaeOnFile.tsx';
import { CandidateHeader } from './CandidateHeader.tsx';
import { CandidateStateActions } from './CandidateStateActions.tsx';
import { candidateName } from './candidateList.ts';
import { CANDIDATE_ROUTE_ID, PATHS } from './candidateRouteIds.ts';
import { type CandidateFile, candidateQuery } from './candidatesApi.ts';
import { useFormatDay } from './useFormatDay.ts';

const route = getRouteApi(CANDIDATE_ROUTE_ID);

/** One fact of the file: its label, then its value or a dash. */
function Fact({
  label,
  children,
  testId,
}: {
  label: string;
  children: ReactNode;
  testId?: string;
}) {
  return (
    <div>
      <Text component="dt" size="sm" c="dimmed">
        {label}
      </Text>
      <Text component="dd" m={0} fw={500} data-testid={testId} style={{ whiteSpace: 'pre-wrap' }}>
        {children || '—'}
      </Text>
    </div>
  );
}

function Identity({ file }: { file: CandidateFile }) {
  const { t } = useTranslation();
  const formatDay = useFormatDay();
  const c = file.candidate;
  return (
    <Paper withBorder p="md">
      <Stack gap="sm">
        <Title order={2} size="h3">
          {t('candidates.form.identity')}
        </Title>
        <SimpleGrid component="dl" cols={{ base: 1, sm: 2, lg: 3 }} spacing="sm" m={0}>
          <Fact label={t('candidates.fields.birthName')}>{c.birthName}</Fact>
          <Fact label={t('candidates.fields.usageName')}>{c.usageName}</Fact>
          <Fact label={t('candidates.fields.firstNames')}>{c.firstNames.join(', ')}</Fact>
          <Fact label={t('candidates.fields.birthDate')}>{formatDay(c.birthDate)}</Fact>
          <Fact label={t('candidates.fields.birthPlace')}>{c.birthPlace}</Fact>
          <Fact label={t('candidates.fields.sex')}>
            {c.sex ? t(`candidates.form.sexes.${c.sex}`) : undefined}
          </Fact>
          <Fact label={t('candidates.fields.birthInseeCode')}>{c.birthInseeCode}</Fact>
          <Fact label={t('candidates.fields.email')}>{c.email}</Fact>
          <Fact label={t('candidates.fields.phone')}>{c.phone}</Fact>
          <Fact label={t('candidates.fields.job')}>{c.job}</Fact>
          <Fact label={t('candidates.fields.accessRoute')} testId="candidate-access-route">
            {t(`candidates.accessRoutes.${c.accessRoute}`)}
          </Fact>
          <Fact label={t('candidates.fields.tutorId')} testId="candidate-tutor">
            {file.tutorName}
          </Fact>
          <Fact label={t('candidates.fields.trainerId')} testId="candidate-trainer">
            {file.trainerName}
          </Fact>
          <Fact label={t('candidates.fields.accommodations')}>
            {(c.accommodations ?? []).join('\n')}
          </Fact>
        </SimpleGrid>
      </Stack>
    </Paper>
  );
}

/** A candidate's file: identity, people, state and its moves, evaluations. */
export function CandidatePage() {
  const { t } = useTranslation();
  const { candidateId } = route.useParams();
  const { membership } = route.useRouteContext();
  const file = useQuery(candidateQuery(candidateId));
  useDocumentTitle(
    `${file.data ? candidateName(file.data.candidate) : t('candidates.tabs.file')} · ${t('app.name')}`,
  );
  const data = file.data;
  return (
    <Stack gap="lg" data-testid="candidate-page">
      {file.isPending ? <Loading /> : null}
      {file.isError ? <PageLoadError error={file.error} /> : null}
      {data ? (
        <>
          <CandidateHeader file={data} space={membership} current="file" />
          <CandidateStateActions file={data} />
          {data.decided ? (
            <Alert color="blue" variant="light" data-testid="file-frozen">
              {t('candidates.edit.frozen')}
            </Alert>
          ) : null}
          <OnlineOnFile file={data} space={membership} />
          <VaeOnFile file={data} space={membership} />
          <Identity file={data} />
          {data.can.edit ? (
            <Button
              variant="default"
              w="fit-content"
              renderRoot={(props) => (
                <Link
                  to={PATHS.editCandidate}
                  params={{ ...spaceParams(membership), candidateId }}
                  {...props}
                />
              )}
            >
              {t('candidates.edit.open')}
            </Button>
          ) : null}
          <CandidateEvaluations file={data} space={membership} />
          {/* Who prepares the jury and may export the record sees the gaps (issue 17). */}
          {membership.role === 'company_pilot' || membership.role === 'certifier_admin' ? (
            <CandidateGaps candidateId={candidateId} />
          ) : null}
        </>
      ) : null}
    </Stack>
  );
}
