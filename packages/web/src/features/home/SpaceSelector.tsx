import { NativeSelect, Text } from '@mantine/core';
import { useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { Me, Membership } from '../auth/me.ts';
import { isKnownRole } from './sections.ts';
import { spaceParams } from './spaces.ts';
import { useSpaceName } from './useSpaceName.ts';

type Props = { me: Me; current: Membership | undefined };

/**
 * Which of the person's spaces (a role in an organisation) they are working in. A native
 * select: the most robust choice for keyboards, screen readers and tablets alike.
 */
export function SpaceSelector({ me, current }: Props) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const spaceName = useSpaceName();
  const memberships = me.memberships.filter((m) => isKnownRole(m.role));

  if (memberships.length < 2) {
    const only = memberships[0];
    return only ? <Text data-testid="current-space">{spaceName(only)}</Text> : null;
  }
  const open = (index: string) => {
    const membership = memberships[Number(index)];
    if (!membership) return;
    void navigate({ to: '/espace/$organisationId/$role', params: spaceParams(membership) });
  };
  return (
    <NativeSelect
      aria-label={t('space.label')}
      data-testid="space-selector"
      value={current ? String(memberships.indexOf(current)) : ''}
      onChange={(event) => open(event.currentTarget.value)}
      data={[
        ...(current ? [] : [{ value: '', label: t('space.label'), disabled: true }]),
        ...memberships.map((m, index) => ({ value: String(index), label: spaceName(m) })),
      ]}
      maw={320}
    />
  );
}
