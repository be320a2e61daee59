import { identityMatches } from '@certeval/core/credentials/identityHash';
import { Button, Group, Stack, TextInput } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LiveMessage } from '../../ui/LiveMessage.tsx';

/** The birth date identity of an uploaded credential, if it has one. */
function birthIdentity(text: string): unknown {
  try {
    const subject = JSON.parse(text)?.credentialSubject;
    const identities: unknown[] = Array.isArray(subject?.identifier) ? subject.identifier : [];
    return identities.find(
      (identity) =>
        typeof identity === 'object' &&
        identity !== null &&
        /dateOfBirth$/.test(String((identity as { identityType?: unknown }).identityType)),
    );
  } catch {
    return undefined;
  }
}

/**
 * Compares a birth date read on an identity document with the credential's, which holds it
 * only as a salted hash: the comparison runs in the browser, nothing is sent.
 */
export function BirthDateCheck({ credential }: { credential: string }) {
  const { t } = useTranslation();
  const identity = useMemo(() => birthIdentity(credential), [credential]);
  const [date, setDate] = useState('');
  const [matches, setMatches] = useState<boolean | null>(null);
  if (!identity) return null;
  // Not a form of its own: it sits inside the upload's form, and forms do not nest.
  return (
    <div data-testid="birth-date-check">
      <Stack gap="xs">
        <Group align="flex-end">
          <TextInput
            type="date"
            label={t('certificates.verify.birthDate')}
            description={t('certificates.verify.birthDateHint')}
            value={date}
            onChange={(event) => {
              setDate(event.currentTarget.value);
              setMatches(null);
            }}
            data-testid="birth-date"
          />
          <Button
            variant="default"
            disabled={!date}
            onClick={() => setMatches(identityMatches(identity, date))}
          >
            {t('certificates.verify.birthDateCheck')}
          </Button>
        </Group>
        <LiveMessage
          tone={matches ? 'success' : 'error'}
          message={
            matches === null
              ? null
              : matches
                ? t('certificates.verify.birthDateMatches')
                : t('certificates.verify.birthDateDiffers')
          }
          testId="birth-date-result"
        />
      </Stack>
    </div>
  );
}
