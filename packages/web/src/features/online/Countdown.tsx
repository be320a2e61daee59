import { Paper, Text } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatCountdown, secondsBefore, WARNING_SECONDS, warningDue } from './countdown.ts';

/** Seconds left before `deadline`, recomputed every second (from the clock, not by counting). */
export function useSecondsLeft(deadline: number | null): number | null {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (deadline === null) return;
    const timer = window.setInterval(() => setNow(Date.now()), 1000);
    return () => window.clearInterval(timer);
  }, [deadline]);
  return deadline === null ? null : secondsBefore(deadline, now);
}

/**
 * The time left, always in view. The visible figure is not a live region (it would be read
 * every second); the warning five minutes before the end is, once, and so is the end.
 */
export function Countdown({ seconds }: { seconds: number }) {
  const { t } = useTranslation();
  const said = useRef(false);
  const [message, setMessage] = useState<string | null>(null);
  useEffect(() => {
    if (warningDue(seconds, said.current)) {
      said.current = true;
      setMessage(t('online.timer.fiveMinutes'));
    } else if (seconds === 0) setMessage(t('online.timer.timeUp'));
  }, [seconds, t]);
  const short = seconds <= WARNING_SECONDS;
  return (
    <Paper withBorder p="sm" className="online-countdown" data-testid="countdown">
      <Text size="sm" c="dimmed">
        {t('online.timer.label')}
      </Text>
      <Text
        role="timer"
        aria-label={t('online.timer.label')}
        fz="xl"
        fw={700}
        c={short ? 'red.9' : undefined}
        data-testid="countdown-value"
        style={{ fontVariantNumeric: 'tabular-nums' }}
      >
        {formatCountdown(seconds)}
      </Text>
      <div role="status" aria-live="assertive" aria-atomic="true" data-testid="countdown-message">
        {message ? (
          <Text size="sm" c="red.9" fw={600}>
            {message}
          </Text>
        ) : null}
      </div>
    </Paper>
  );
}
