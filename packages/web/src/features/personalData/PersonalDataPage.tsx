// The certifier's personal-data screen (issue 19 item 5, GDPR articles 15, 17, 20 and 30): find a
// person, see what the product holds and the rule for each kind, download their export, erase
// them after reading the preview; and the record of processing itself.
import { Alert, Stack, Text } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLocale } from '../../i18n/i18n.ts';
import { SectionHeading } from '../home/SectionHeading.tsx';
import { ErasureLines } from './ErasureLines.tsx';
import { PersonPanel } from './PersonPanel.tsx';
import { PersonSearch } from './PersonSearch.tsx';
import type { Erasure, PersonRef } from './personalDataApi.ts';
import { RetentionRules } from './RetentionRules.tsx';

type Erased = { name: string; answer: Erasure };

export function PersonalDataPage() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [personRef, setPersonRef] = useState<PersonRef | null>(null);
  const [erased, setErased] = useState<Erased | null>(null);
  const choose = (ref: PersonRef) => {
    setErased(null);
    setPersonRef(ref);
  };
  const onErased = (name: string, answer: Erasure) => {
    setPersonRef(null);
    setErased({ name, answer });
    // The person's summary, preview and the candidates' list changed.
    void queryClient.invalidateQueries({ queryKey: ['personal-data'] });
    void queryClient.invalidateQueries({ queryKey: ['candidates'] });
  };
  return (
    <Stack gap="xl" data-testid="personal-data-page">
      <SectionHeading section="personalData" />
      <PersonSearch onChoose={choose} />
      {personRef ? (
        <PersonPanel key={JSON.stringify(personRef)} personRef={personRef} onErased={onErased} />
      ) : null}
      {erased ? (
        <Alert
          color={erased.answer.complete ? 'green' : 'orange'}
          title={`${t('personalData.erasure.done')} — ${erased.name}`}
          role="status"
          data-testid="erasure-result"
        >
          <Stack gap="sm">
            <Text>{erased.answer.message[currentLocale()]}</Text>
            <ErasureLines answer={erased.answer} />
          </Stack>
        </Alert>
      ) : null}
      <RetentionRules />
    </Stack>
  );
}
