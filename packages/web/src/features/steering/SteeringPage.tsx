import { Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { SectionFrame } from '../worklist/SectionFrame.tsx';
import { useSpace } from '../worklist/WorklistFrame.tsx';
import { CommitteeMembers } from './CommitteeMembers.tsx';
import { Meetings } from './Meetings.tsx';
import { PlanMeetingForm } from './PlanMeetingForm.tsx';
import { steeringQuery } from './steeringApi.ts';

/**
 * The pilot's steering committee (issue 16; seed 000, slide 3): per company project, who sits
 * on it, its meetings and the minutes of each, planning the next one.
 */
export function SteeringPage() {
  const { t } = useTranslation();
  const space = useSpace();
  const committees = useQuery({ ...steeringQuery(space.organisationId), staleTime: 0 });
  return (
    <SectionFrame section="steeringCommittee" query={committees}>
      {(list) =>
        list.length === 0 ? (
          <Text>{t('steering.empty')}</Text>
        ) : (
          list.map((committee) => (
            <Stack key={committee.id} gap="md" component="section" data-testid="committee">
              <Title order={2} size="h3">
                {committee.title}
              </Title>
              <CommitteeMembers committee={committee} />
              <Meetings committee={committee} />
              {committee.canEdit ? <PlanMeetingForm committee={committee} /> : null}
            </Stack>
          ))
        )
      }
    </SectionFrame>
  );
}
