import { Button } from '@mantine/core';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { Membership } from '../auth/me.ts';
import type { CandidateFile } from '../candidates/candidatesApi.ts';
import { spaceParams } from '../home/spaces.ts';
import { VAE_BOOKLET_PATH } from './vaeRouteIds.ts';

// Tutors and trainers have no part in a VAE file (the API refuses them the booklet).
const READERS = new Set(['certifier_admin', 'company_pilot', 'jury_member', 'candidate']);

/** On a VAE candidate's file: the way to their descriptive activity booklet. */
export function VaeOnFile({ file, space }: { file: CandidateFile; space: Membership }) {
  const { t } = useTranslation();
  if (file.candidate.accessRoute !== 'vae' || !READERS.has(space.role)) return null;
  return (
    <Button
      variant="light"
      w="fit-content"
      renderRoot={(props) => (
        <Link
          to={VAE_BOOKLET_PATH}
          params={{ ...spaceParams(space), candidateId: file.id }}
          {...props}
        />
      )}
      data-testid="vae-open"
    >
      {t('vae.open')}
    </Button>
  );
}
