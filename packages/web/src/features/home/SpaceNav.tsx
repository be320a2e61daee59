import { NavLink, Stack } from '@mantine/core';
import type { TablerIcon } from '@tabler/icons-react';
import { Link, useMatchRoute } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { Membership } from '../auth/me.ts';
import { HOME_ICON, SECTION_ICONS } from './sectionIcons.ts';
import { sectionSlug, sectionsByRole } from './sections.ts';
import { type SpaceParams, spaceParams } from './spaces.ts';

type LinkProps = {
  params: SpaceParams & { section?: string };
  label: string;
  testId: string;
  icon: TablerIcon;
};

/** One entry of the sidebar; the router marks the current page with aria-current="page". */
function SpaceNavLink({ params, label, testId, icon: Icon }: LinkProps) {
  const matchRoute = useMatchRoute();
  const to = params.section
    ? '/espace/$organisationId/$role/$section'
    : '/espace/$organisationId/$role';
  return (
    <NavLink
      renderRoot={(props) => (
        <Link to={to} params={params} activeOptions={{ exact: true }} {...props} />
      )}
      label={label}
      leftSection={<Icon size={18} stroke={1.75} aria-hidden />}
      active={Boolean(matchRoute({ to, params }))}
      variant="filled"
      data-testid={testId}
    />
  );
}

/** The sidebar of a space: its home, then the sections of the role. */
export function SpaceNav({ space }: { space: Membership }) {
  const { t } = useTranslation();
  const params = spaceParams(space);
  return (
    <Stack gap={2} data-testid="space-nav">
      <SpaceNavLink params={params} label={t('nav.home')} testId="nav-home" icon={HOME_ICON} />
      {sectionsByRole[space.role].map((key) => (
        <SpaceNavLink
          key={key}
          params={{ ...params, section: sectionSlug(key) }}
          label={t(`sections.${key}.title`)}
          testId={`nav-${sectionSlug(key)}`}
          icon={SECTION_ICONS[key]}
        />
      ))}
    </Stack>
  );
}
