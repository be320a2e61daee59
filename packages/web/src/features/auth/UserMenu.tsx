import { Anchor, Button, Group } from '@mantine/core';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { LiveMessage } from '../../ui/LiveMessage.tsx';
import type { Me } from './me.ts';
import { useLogout } from './useLogout.ts';

/** The signed-in person's name and the way out. */
export function UserMenu({ me }: { me: Me }) {
  const { t } = useTranslation();
  const logout = useLogout();
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
        onClick={() => logout.mutate()}
        loading={logout.isPending}
        data-testid="logout-button"
      >
        {t('auth.logout')}
      </Button>
      <LiveMessage message={logout.isError ? t('auth.logoutFailed') : null} />
    </Group>
  );
}
