import { Anchor, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { waitingDrafts } from '../../app/storage.ts';
import { LiveMessage } from '../../ui/LiveMessage.tsx';
import type { Me } from './me.ts';
import { useLogout } from './useLogout.ts';

/** The signed-in person's name and the way out. */
export function UserMenu({ me }: { me: Me }) {
  const { t } = useTranslation();
  const logout = useLogout();
  // Work the server does not have yet is lost on signing out: say so first.
  const [unsaved, setUnsaved] = useState(0);
  const signOut = () => {
    const waiting = waitingDrafts().length;
    if (waiting > 0) setUnsaved(waiting);
    else logout.mutate();
  };
  return (
    <Group gap="sm" wrap="nowrap">
      {/* Issue 15: the name opens the profile (language, e-mails). */}
      <Anchor
        renderRoot={(props) => <Link to="/profile" {...props} />}
        fw={500}
        truncate
        maw={180}
        title={t('auth.signedInAs', { name: me.displayName })}
        aria-label={`${me.displayName} — ${t('profile.menu')}`}
        data-testid="profile-link"
      >
        {me.displayName}
      </Anchor>
      <Button
        variant="default"
        size="compact-md"
        onClick={signOut}
        loading={logout.isPending}
        data-testid="logout-button"
      >
        {t('auth.logout')}
      </Button>
      <LiveMessage message={logout.isError ? t('auth.logoutFailed') : null} />
      <Modal
        opened={unsaved > 0}
        onClose={() => setUnsaved(0)}
        title={t('auth.unsavedTitle')}
        data-testid="unsaved-logout"
      >
        <Stack>
          <Text>{t('auth.unsavedText', { count: unsaved })}</Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setUnsaved(0)} data-autofocus>
              {t('auth.unsavedStay')}
            </Button>
            <Button
              color="red"
              loading={logout.isPending}
              onClick={() => logout.mutate(undefined, { onSettled: () => setUnsaved(0) })}
            >
              {t('auth.unsavedLeave')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Group>
  );
}
