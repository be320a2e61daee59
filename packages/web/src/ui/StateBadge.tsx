import { Badge, type BadgeProps } from '@mantine/core';
import type { ReactNode } from 'react';
import { type StateKind, type StateOf, stateColour } from './stateColours.ts';

type Props<K extends StateKind> = {
  kind: K;
  state: StateOf<K>;
  children: ReactNode;
  size?: BadgeProps['size'];
  'data-testid'?: string;
};

/**
 * The state of a file (a candidate, an evaluation, a session, a deliberation, a certificate…)
 * in the one palette of ui/stateColours: a filled badge whose words wrap rather than being cut.
 */
export function StateBadge<K extends StateKind>({
  kind,
  state,
  children,
  size,
  ...rest
}: Props<K>) {
  return (
    <Badge
      color={stateColour(kind, state)}
      variant="filled"
      size={size}
      className="state-badge"
      data-state={String(state)}
      data-testid={rest['data-testid']}
    >
      {children}
    </Badge>
  );
}
