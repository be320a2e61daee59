import type { Certification } from '@certeval/core/referential/certificationSchema';
import { Anchor, List, Paper, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

function Block({
  title,
  testId,
  children,
}: {
  title: string;
  testId: string;
  children: ReactNode;
}) {
  return (
    <Paper withBorder p="md" className="avoid-break" data-testid={testId}>
      <Stack gap="xs">
        <Title order={2} size="h4">
          {title}
        </Title>
        {children}
      </Stack>
    </Paper>
  );
}

/** A passage of the fiche: its first paragraphs as text, the lines after a colon as a list. */
function Passage({ text }: { text: string[] }) {
  const lead = text.findIndex((line) => line.trimEnd().endsWith(':'));
  if (lead === -1) return text.map((line) => <Text key={line}>{line}</Text>);
  return (
    <>
      {text.slice(0, lead + 1).map((line) => (
        <Text key={line}>{line}</Text>
      ))}
      <List>
        {text.slice(lead + 1).map((line) => (
          <List.Item key={line}>{line}</List.Item>
        ))}
      </List>
    </>
  );
}

/** The fiche of the certification (seed 001 for the CQP AGC): summary, certifier, places, access. */
export function CertificationFacts({ certification }: { certification: Certification }) {
  const { t } = useTranslation();
  const c = certification;
  const unstated = t('referential.facts.unstated');
  return (
    <Stack gap="md" data-testid="certification-facts">
      {c.jobSummary ? (
        <Block title={t('referential.facts.jobSummary')} testId="facts-job-summary">
          <Passage text={c.jobSummary.text} />
        </Block>
      ) : null}
      {c.certifier || c.links?.length ? (
        <Block title={t('referential.facts.certifier')} testId="facts-certifier">
          {c.certifier ? <Text fw={600}>{c.certifier.name}</Text> : null}
          {c.certifier?.signatoryQuality ? (
            <Text>
              {t('referential.facts.signatory', { quality: c.certifier.signatoryQuality })}
            </Text>
          ) : null}
          {c.links?.length ? (
            <List data-testid="facts-links">
              {c.links.map((link) => (
                <List.Item key={link.label}>
                  {link.url ? (
                    <>
                      {`${link.label} : `}
                      <Anchor href={link.url} target="_blank" rel="noreferrer">
                        {link.url}
                      </Anchor>
                    </>
                  ) : (
                    `${link.label} — ${t('referential.facts.noAddress')}`
                  )}
                </List.Item>
              ))}
            </List>
          ) : null}
        </Block>
      ) : null}
      {c.certificationPlaces ? (
        <Block
          title={t('referential.facts.certificationPlaces')}
          testId="facts-certification-places"
        >
          <Passage text={c.certificationPlaces.text} />
        </Block>
      ) : null}
      {c.preparationPlaces ? (
        <Block title={t('referential.facts.preparationPlaces')} testId="facts-preparation-places">
          <Passage text={c.preparationPlaces.text} />
        </Block>
      ) : null}
      {c.accessRoutes?.length || c.territories?.length ? (
        <Block title={t('referential.facts.access')} testId="facts-access">
          <List>
            {[...(c.accessRoutes ?? []), ...(c.territories ?? [])].map((entry) => (
              <List.Item key={entry.label}>
                {`${entry.label} — ${
                  entry.open === undefined
                    ? unstated
                    : t(entry.open ? 'referential.facts.open' : 'referential.facts.closed')
                }`}
              </List.Item>
            ))}
          </List>
        </Block>
      ) : null}
    </Stack>
  );
}
