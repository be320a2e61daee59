import { Alert, Anchor, List, Modal, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { LoadError, Loading } from '../referential/LoadState.tsx';
import { attachmentUrl, messageQuery } from './outboxApi.ts';

/** One message: to whom, where it stands, its links and attachments, both parts. */
export function MessageDetail({ id, onClose }: { id: string; onClose: () => void }) {
  const { t } = useTranslation();
  const query = useQuery(messageQuery(id));
  const message = query.data;
  return (
    <Modal
      opened
      onClose={onClose}
      size="xl"
      title={message?.subject ?? ''}
      closeButtonProps={{ 'aria-label': t('outbox.close') }}
    >
      {query.isPending ? <Loading /> : null}
      {query.isError ? <LoadError error={query.error} /> : null}
      {message ? (
        <Stack gap="md" data-testid="message-detail">
          <Text>
            {message.toName} &lt;{message.toEmail}&gt; — {t(`outbox.state.${message.state}`)}
          </Text>
          {message.lastError ? (
            <Alert color={message.state === 'failed' ? 'red' : 'yellow'}>
              {t('outbox.answer', { answer: message.lastError })}
            </Alert>
          ) : null}
          {message.confidential && message.text === null ? (
            <Alert color="gray">{t('outbox.confidential')}</Alert>
          ) : null}
          {message.links.length > 0 ? (
            <div>
              <Title order={3} size="h5">
                {t('outbox.links')}
              </Title>
              <List>
                {message.links.map((link) => (
                  <List.Item key={link}>
                    <Anchor href={link} data-testid="message-link">
                      {link}
                    </Anchor>
                  </List.Item>
                ))}
              </List>
            </div>
          ) : null}
          {message.attachments.length > 0 ? (
            <div>
              <Title order={3} size="h5">
                {t('outbox.attachments')}
              </Title>
              <List>
                {message.attachments.map((a) => (
                  <List.Item key={a.id}>
                    <Anchor href={attachmentUrl(message.id, a.id)} data-testid="message-attachment">
                      {a.fileName}
                    </Anchor>{' '}
                    ({t('outbox.size', { size: Math.max(1, Math.round(a.size / 1024)) })})
                  </List.Item>
                ))}
              </List>
            </div>
          ) : null}
          {message.html ? (
            <div>
              <Title order={3} size="h5">
                {t('outbox.htmlPart')}
              </Title>
              {/* Our own escaped HTML, shown in a sandbox that runs nothing. */}
              <iframe
                title={t('outbox.htmlPart')}
                sandbox=""
                srcDoc={message.html}
                style={{ width: '100%', height: 360, border: '1px solid #ddd' }}
              />
            </div>
          ) : null}
          {message.text ? (
            <div>
              <Title order={3} size="h5">
                {t('outbox.textPart')}
              </Title>
              <Text component="pre" style={{ whiteSpace: 'pre-wrap' }} size="sm">
                {message.text}
              </Text>
            </div>
          ) : null}
        </Stack>
      ) : null}
    </Modal>
  );
}
