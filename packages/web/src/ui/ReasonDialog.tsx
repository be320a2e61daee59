import { Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { type FormEvent, type ReactNode, useState } from 'react';
import { LiveMessage } from './LiveMessage.tsx';
import { useErrorMessage } from './useErrorMessage.ts';

type Props = {
  title: string;
  intro: string;
  /** What else the action does, shown under the intro (the documents it suspends…). */
  details?: ReactNode;
  /** The reason field's label. */
  label: string;
  confirm: string;
  cancel: string;
  /** The confirming button's colour: red for a revocation, orange for a re-opening. */
  color: string;
  maxLength: number;
  /** Names `${testId}-form`, `-reason`, `-error` and `-confirm`. */
  testId: string;
  pending: boolean;
  error: string | null;
  /** Called with the reason trimmed, never blank. */
  onConfirm: (reason: string) => void;
  onClose: () => void;
};

/**
 * An action that needs a written reason (revoking a certificate, re-opening a signed
 * deliberation or a submitted booklet): the reason, then the confirmation, refused while blank.
 */
export function ReasonDialog(props: Props) {
  const [reason, setReason] = useState('');
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (reason.trim()) props.onConfirm(reason.trim());
  };
  return (
    <Modal opened onClose={props.onClose} title={props.title}>
      <form onSubmit={submit} data-testid={`${props.testId}-form`}>
        <Stack gap="sm">
          <Text size="sm">{props.intro}</Text>
          {props.details}
          <Textarea
            label={props.label}
            value={reason}
            onChange={(event) => setReason(event.currentTarget.value)}
            required
            withAsterisk={false}
            maxLength={props.maxLength}
            autosize
            minRows={3}
            data-testid={`${props.testId}-reason`}
            data-autofocus
          />
          <LiveMessage message={props.error} testId={`${props.testId}-error`} />
          <Group justify="flex-end">
            <Button variant="default" onClick={props.onClose}>
              {props.cancel}
            </Button>
            <Button
              type="submit"
              color={props.color}
              disabled={!reason.trim()}
              loading={props.pending}
              data-testid={`${props.testId}-confirm`}
            >
              {props.confirm}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

type ActionProps = Omit<Props, 'pending' | 'error' | 'onConfirm' | 'onClose'> & {
  /** The button's text; the button is `${testId}-open`. */
  button: string;
  /** Sends the reason: the dialog closes once it succeeds, and shows the server's refusal. */
  send: (reason: string) => Promise<unknown>;
  /** After a success, with the dialog closed: refresh what changed. */
  onDone: () => Promise<unknown>;
};

/** A button that asks for the written reason in a ReasonDialog, then sends it. */
export function ReasonAction({ button, send, onDone, ...dialog }: ActionProps) {
  const errorMessage = useErrorMessage();
  const [opened, setOpened] = useState(false);
  const sending = useMutation({
    mutationFn: send,
    onSuccess: async () => {
      setOpened(false);
      await onDone();
    },
  });
  const open = () => {
    sending.reset();
    setOpened(true);
  };
  return (
    <>
      <Button
        variant="default"
        color={dialog.color}
        w="fit-content"
        onClick={open}
        data-testid={`${dialog.testId}-open`}
      >
        {button}
      </Button>
      {opened ? (
        <ReasonDialog
          {...dialog}
          pending={sending.isPending}
          error={sending.error ? errorMessage(sending.error) : null}
          onConfirm={(reason) => sending.mutate(reason)}
          onClose={() => setOpened(false)}
        />
      ) : null}
    </>
  );
}
