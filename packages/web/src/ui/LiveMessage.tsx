import { Text } from '@mantine/core';

type Props = { message: string | null; tone?: 'error' | 'success'; testId?: string };

/**
 * A live region that stays in the page, so screen readers announce the message when it
 * appears (a region inserted together with its text is often not announced).
 */
export function LiveMessage({ message, tone = 'error', testId }: Props) {
  return (
    <div
      aria-live={tone === 'error' ? 'assertive' : 'polite'}
      aria-atomic="true"
      data-testid={testId}
    >
      {message ? (
        <Text c={tone === 'error' ? 'red.9' : 'green.9'} fw={500}>
          {message}
        </Text>
      ) : null}
    </div>
  );
}
