import { Anchor, Badge, Button, Group, Stack, Text, Title } from '@mantine/core';
import IconDownload from '@tabler/icons-react/icons/IconDownload';
import IconPrinter from '@tabler/icons-react/icons/IconPrinter';
import { Link, useRouteContext } from '@tanstack/react-router';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { currentLocale } from '../../i18n/i18n.ts';
import { spaceParams } from '../home/spaces.ts';
import { exportUrl, type VersionDetail } from './referentialApi.ts';
import { StatusBadge } from './StatusBadge.tsx';
import { certificationName } from './useCertificationTitle.ts';

/** The certification's title in the reader's language, its kind when the source names none. */
export function certificationTitle(detail: VersionDetail, t: TFunction, lang: 'fr' | 'en'): string {
  const { title, kind, rncp, rs } = detail.certification;
  const named = lang === 'en' ? (title?.en ?? title?.fr) : title?.fr;
  return certificationName({ title: named ?? null, kind, rncp: rncp ?? null, rs: rs ?? null }, t);
}

/** Title, kind, RNCP number and version of the page, with the download and print actions. */
export function VersionHeader({ detail }: { detail: VersionDetail }) {
  const { t } = useTranslation();
  const { membership } = useRouteContext({ from: '/_authenticated/espace/$organisationId/$role' });
  const { certification, version } = detail;
  return (
    <Stack gap="xs">
      <Anchor
        w="fit-content"
        className="no-print"
        renderRoot={(props) => (
          <Link
            to="/espace/$organisationId/$role/certifications"
            params={spaceParams(membership)}
            {...props}
          />
        )}
        data-testid="back-to-list"
      >
        {t('referential.backToList')}
      </Anchor>
      <Title order={1}>{certificationTitle(detail, t, currentLocale())}</Title>
      <Group gap="sm" justify="space-between" wrap="wrap">
        <Group gap="sm">
          <Badge variant="outline" color="blue.9">
            {t(`referential.kinds.${certification.kind}`)}
          </Badge>
          {certification.rncp ? (
            <Text fw={600}>{t('referential.rncpNumber', { number: certification.rncp })}</Text>
          ) : null}
          <Text fw={600} data-testid="version-key">
            {t('referential.versionTitle', { version: version.id })}
          </Text>
          <StatusBadge status={version.status} />
          <Text c="dimmed" size="sm">
            {t('referential.revision', { revision: detail.revision })}
          </Text>
        </Group>
        <Group gap="sm" className="no-print">
          <Button
            leftSection={<IconDownload size={16} aria-hidden />}
            component="a"
            variant="default"
            href={exportUrl(certification.id)}
            download={`${certification.id}.json`}
            data-testid="download-json"
          >
            {t('referential.download')}
          </Button>
          <Button
            leftSection={<IconPrinter size={16} aria-hidden />}
            onClick={() => window.print()}
            data-testid="print-button"
          >
            {t('referential.print')}
          </Button>
        </Group>
      </Group>
    </Stack>
  );
}
