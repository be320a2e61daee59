import { AppShell, Burger, Group, Stack } from '@mantine/core';
import { useDisclosure, useMediaQuery } from '@mantine/hooks';
import { Link } from '@tanstack/react-router';
import type { MouseEvent, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { InsideShell } from './insideShell.ts';
import { MAIN_CONTENT_ID } from './SkipLink.tsx';

// Mantine's `sm` breakpoint (48em = 768px): a tablet in portrait keeps the sidebar.
const MOBILE_QUERY = '(max-width: 47.99em)';

type Props = {
  /** Always in the header (the language switch). */
  headerActions: ReactNode;
  /** In the header on wide screens, at the top of the burger menu on phones. */
  account: ReactNode;
  /** The space's navigation; without it the sidebar is hidden on wide screens. */
  navigation?: ReactNode;
  children: ReactNode;
};

export function AppFrame({ headerActions, account, navigation, children }: Props) {
  const { t } = useTranslation();
  const [opened, { toggle, close }] = useDisclosure(false);
  const isMobile = useMediaQuery(MOBILE_QUERY, false, { getInitialValueInEffect: false });
  // A collapsed sidebar is only moved off screen: `inert` keeps it out of the tab order.
  const sidebarHidden = isMobile ? !opened : !navigation;
  const closeOnLink = (event: MouseEvent) => {
    if (event.target instanceof Element && event.target.closest('a')) close();
  };

  return (
    <AppShell
      header={{ height: 60 }}
      navbar={{
        width: { sm: 220, md: 280 },
        breakpoint: 'sm',
        collapsed: { mobile: !opened, desktop: !navigation },
      }}
      padding="md"
    >
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            <Burger
              opened={opened}
              onClick={toggle}
              hiddenFrom="sm"
              size="sm"
              aria-label={opened ? t('nav.closeMenu') : t('nav.openMenu')}
              aria-expanded={opened}
            />
            <Link to="/" className="brand" activeOptions={{ exact: true }}>
              {t('app.name')}
            </Link>
          </Group>
          <Group gap="md" wrap="nowrap">
            {isMobile ? null : account}
            {headerActions}
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="md" aria-label={t('nav.label')} inert={sidebarHidden}>
        <Stack gap="md" onClick={closeOnLink}>
          {isMobile ? account : null}
          {navigation}
        </Stack>
      </AppShell.Navbar>
      <AppShell.Main id={MAIN_CONTENT_ID} tabIndex={-1}>
        <InsideShell value={true}>{children}</InsideShell>
      </AppShell.Main>
    </AppShell>
  );
}
