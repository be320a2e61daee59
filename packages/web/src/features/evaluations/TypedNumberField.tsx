import { TextInput } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { typedValue } from './gridProgress.ts';

type Props = {
  label: string;
  max: number;
  /** What the draft holds; the text typed is kept while it is refused. */
  value: number | null;
  describedBy: string;
  testId: string;
  suffix?: string;
  onChange: (value: number | null) => void;
};

/** A number typed in: a value out of 0..max is refused with a message, never changed. */
export function TypedNumberField({
  label,
  max,
  value,
  describedBy,
  testId,
  suffix,
  onChange,
}: Props) {
  const { t, i18n } = useTranslation();
  const [text, setText] = useState(value === null ? '' : String(value));
  const [error, setError] = useState<string | null>(null);
  // A value chosen elsewhere (a level button, a reload) replaces what was typed.
  useEffect(() => {
    setText((typed) => {
      const read = typedValue(typed, max);
      const same = 'value' in read && read.value === value;
      return same ? typed : value === null ? '' : String(value);
    });
    setError(null);
  }, [value, max]);
  const format = new Intl.NumberFormat(i18n.language);
  return (
    <TextInput
      label={label}
      inputMode="decimal"
      value={text}
      aria-describedby={describedBy}
      error={error}
      rightSection={suffix}
      maw={240}
      data-testid={testId}
      onChange={(e) => {
        const typed = e.currentTarget.value;
        setText(typed);
        const read = typedValue(typed, max);
        if ('value' in read) {
          setError(null);
          onChange(read.value);
        } else
          setError(
            'outOfRange' in read
              ? t('evaluations.item.outOfRange', { max: format.format(max) })
              : t('evaluations.item.notANumber'),
          );
      }}
    />
  );
}
