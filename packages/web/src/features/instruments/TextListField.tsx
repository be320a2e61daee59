import { Button, Fieldset, Group, Stack, Textarea } from '@mantine/core';
import { useFieldError } from './useFieldError.ts';

type Props = {
  legend: string;
  lines: readonly string[];
  /** JSON path of the list, for the problems of each line. */
  path: string;
  labelOf: (number: number) => string;
  removeLabelOf: (number: number) => string;
  addLabel: string;
  onChange: (index: number, text: string) => void;
  onAdd: () => void;
  onRemove: (index: number) => void;
};

/** A list of paragraphs (a card's context, its success criteria), one field each. */
export function TextListField(props: Props) {
  const { legend, lines, path, labelOf, removeLabelOf, addLabel, onChange, onAdd, onRemove } =
    props;
  const fieldError = useFieldError();
  return (
    <Fieldset legend={legend}>
      <Stack gap="xs">
        {lines.map((line, index) => (
          // Lines have no id: their place is what identifies them while editing.
          // biome-ignore lint/suspicious/noArrayIndexKey: see above
          <Group key={index} gap="sm" align="flex-end" wrap="nowrap">
            <Textarea
              style={{ flex: 1 }}
              label={labelOf(index + 1)}
              autosize
              minRows={1}
              value={line}
              onChange={(event) => onChange(index, event.currentTarget.value)}
              error={fieldError(`${path}[${index}]`)}
            />
            <Button
              variant="default"
              disabled={lines.length <= 1}
              aria-label={removeLabelOf(index + 1)}
              onClick={() => onRemove(index)}
            >
              ✕
            </Button>
          </Group>
        ))}
        <Button w="fit-content" variant="default" size="compact-sm" onClick={onAdd}>
          {addLabel}
        </Button>
      </Stack>
    </Fieldset>
  );
}
