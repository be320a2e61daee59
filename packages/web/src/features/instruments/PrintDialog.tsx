import { Alert, Button, Group, Modal, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import IconDownload from '@tabler/icons-react/icons/IconDownload';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type PaperHeader, paperFileName, paperUrl } from './instrumentsApi.ts';

type Props = {
  opened: boolean;
  instrumentKey: string;
  version: string;
  unsaved: boolean;
  onClose: () => void;
};

const FIELDS = ['date', 'evaluator', 'role', 'candidate', 'company'] as const;

/**
 * The paper form (issue 4, item 6) of the saved version: the header can be filled here or
 * left for the evaluator to write; a plain link downloads the PDF with the session cookie.
 */
export function PrintDialog({ opened, instrumentKey, version, unsaved, onClose }: Props) {
  const { t } = useTranslation();
  const [header, setHeader] = useState<PaperHeader>({});
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={t('instruments.print.title')}
      size="lg"
      data-testid="print-dialog"
    >
      <Stack gap="sm">
        <Text size="sm">{t('instruments.print.intro')}</Text>
        {unsaved ? (
          <Alert color="orange" variant="outline" data-testid="print-unsaved">
            {t('instruments.print.unsaved')}
          </Alert>
        ) : null}
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          {FIELDS.map((field) => (
            <TextInput
              key={field}
              type={field === 'date' ? 'date' : 'text'}
              label={t(`instruments.print.${field}`)}
              value={header[field] ?? ''}
              onChange={(event) => {
                const value = event.currentTarget.value;
                setHeader((current) => ({ ...current, [field]: value }));
              }}
              data-testid={`print-${field}`}
            />
          ))}
        </SimpleGrid>
        <Group gap="sm">
          <Button
            leftSection={<IconDownload size={16} aria-hidden />}
            component="a"
            href={paperUrl(instrumentKey, version, header)}
            download={paperFileName(instrumentKey, version)}
            data-testid="print-download"
          >
            {t('instruments.print.download')}
          </Button>
          <Button variant="default" onClick={onClose}>
            {t('instruments.print.close')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
