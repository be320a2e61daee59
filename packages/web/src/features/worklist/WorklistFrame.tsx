import { Stack } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useRouteContext } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import type { Membership } from '../auth/me.ts';
import { SectionHeading } from '../home/SectionHeading.tsx';
import { type SectionKey, sectionSlug } from '../home/sections.ts';
import { LoadError, Loading } from '../referential/LoadState.tsx';
import { type ListedCandidate, worklistQuery } from './worklistApi.ts';

/** The space a section page is in. */
export function useSpace(): Membership {
  return useRouteContext({ from: '/_authenticated/espace/$organisationId/$role' }).membership;
}

type Props = {
  section: SectionKey;
  action?: ReactNode;
  children: (list: ListedCandidate[], space: Membership) => ReactNode;
};

/** A section read from the space's worklist: its heading, the list loading, then its content. */
export function WorklistFrame({ section, action, children }: Props) {
  const space = useSpace();
  const list = useQuery({ ...worklistQuery(space), staleTime: 0 });
  return (
    <Stack gap="lg" data-testid={`section-${sectionSlug(section)}`}>
      <SectionHeading section={section} action={action} />
      {list.isPending ? <Loading /> : null}
      {list.isError ? <LoadError error={list.error} /> : null}
      {list.data ? children(list.data, space) : null}
    </Stack>
  );
}
