import { Stack } from '@mantine/core';
import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { SectionHeading } from '../home/SectionHeading.tsx';
import { type SectionKey, sectionSlug } from '../home/sections.ts';
import { LoadError, Loading } from '../referential/LoadState.tsx';

type Props<T> = {
  section: SectionKey;
  query: UseQueryResult<T>;
  action?: ReactNode;
  children: (data: T) => ReactNode;
};

/** A section read from one query: its heading, the query loading or failing, then its content. */
export function SectionFrame<T>({ section, query, action, children }: Props<T>) {
  return (
    <Stack gap="lg" data-testid={`section-${sectionSlug(section)}`}>
      <SectionHeading section={section} action={action} />
      {query.isPending ? <Loading /> : null}
      {query.isError ? <LoadError error={query.error} /> : null}
      {query.data ? children(query.data) : null}
    </Stack>
  );
}
