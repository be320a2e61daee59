import { Alert, Anchor, Stack, Text } from '@mantine/core';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { Membership } from '../auth/me.ts';
import { spaceParams } from '../home/spaces.ts';

/**
 * For the pilot's "Référentiel adapté" until company variants exist: the national
 * referentials the adaptation will start from.
 */
export function NationalReferentialsLink({ space }: { space: Membership }) {
  const { t } = useTranslation();
  return (
    <Alert color="blue" variant="outline" data-testid="national-referentials">
      <Stack gap="xs">
        <Text>{t('referential.pilotNote')}</Text>
        <Anchor
          w="fit-content"
          fw={600}
          renderRoot={(props) => (
            <Link
              to="/espace/$organisationId/$role/certifications"
              params={spaceParams(space)}
              {...props}
            />
          )}
          data-testid="open-national-referentials"
        >
          {t('referential.openNational')}
        </Anchor>
      </Stack>
    </Alert>
  );
}
