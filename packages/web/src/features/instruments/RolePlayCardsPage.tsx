import { Button, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import IconPrinter from '@tabler/icons-react/icons/IconPrinter';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { SectionFrame } from '../worklist/SectionFrame.tsx';
import { rolePlayCardsQuery, rolePlayPdfUrl } from '../worklist/sectionsApi.ts';
import { RolePlayCardView } from './PreviewParts.tsx';

/**
 * The jury member's role-play cards (issue 16; seed 002, "Fiches de jeux de rôle"): the cards of
 * every published jury guide, as the jury reads them, and each guide's cards as a PDF to print.
 */
export function RolePlayCardsPage() {
  const { t } = useTranslation();
  const guides = useQuery(rolePlayCardsQuery);
  return (
    <SectionFrame section="rolePlayCards" query={guides}>
      {(list) =>
        list.length === 0 ? (
          <Text>{t('worklist.rolePlays.empty')}</Text>
        ) : (
          list.map((guide) => (
            <Stack
              gap="sm"
              key={`${guide.key}@${guide.version}`}
              component="section"
              data-testid="role-play-guide"
            >
              <Group justify="space-between" align="flex-end">
                <Stack gap={0}>
                  <Title order={2} size="h3">
                    {guide.title}
                  </Title>
                  <Text>{t('worklist.rolePlays.count', { count: guide.cards.length })}</Text>
                </Stack>
                <Button
                  leftSection={<IconPrinter size={16} aria-hidden />}
                  component="a"
                  href={rolePlayPdfUrl(guide)}
                  variant="outline"
                  aria-label={t('worklist.rolePlays.printNamed', { title: guide.title })}
                  data-testid="role-play-pdf"
                >
                  {t('worklist.rolePlays.print')}
                </Button>
              </Group>
              <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
                {[...guide.cards]
                  .sort((a, b) => a.number - b.number)
                  .map((card) => (
                    <RolePlayCardView key={card.id} card={card} />
                  ))}
              </SimpleGrid>
            </Stack>
          ))
        )
      }
    </SectionFrame>
  );
}
