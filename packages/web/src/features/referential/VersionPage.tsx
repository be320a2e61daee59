import './referential.css';
import { Stack, Tabs } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLocale } from '../../i18n/i18n.ts';
import { CertificationFacts } from './CertificationFacts.tsx';
import { CompetenceMatrix } from './CompetenceMatrix.tsx';
import { CompetencesByDomain } from './CompetencesByDomain.tsx';
import { DiscrepancyList } from './DiscrepancyList.tsx';
import { Loading, PageLoadError } from './LoadState.tsx';
import { ReferentialTree } from './ReferentialTree.tsx';
import { type VersionDetail, versionQuery } from './referentialApi.ts';
import { VersionComparison } from './VersionComparison.tsx';
import { certificationTitle, VersionHeader } from './VersionHeader.tsx';
import { type ReferentialView, VERSION_ROUTE_ID, VIEWS } from './views.ts';

const route = getRouteApi(VERSION_ROUTE_ID);

function viewOf(view: ReferentialView, detail: VersionDetail): ReactNode {
  switch (view) {
    case 'tree':
      return <ReferentialTree version={detail.version} />;
    case 'matrix':
      return <CompetenceMatrix version={detail.version} />;
    case 'domains':
      return <CompetencesByDomain version={detail.version} />;
    case 'fiche':
      return <CertificationFacts certification={detail.certification} />;
    case 'discrepancies':
      return <DiscrepancyList version={detail.version} />;
    case 'compare':
      return <VersionComparison slug={detail.certification.id} current={detail.version.id} />;
  }
}

function VersionViews({ detail }: { detail: VersionDetail }) {
  const { t } = useTranslation();
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const view = search.view ?? 'tree';
  const open = (value: string | null) => {
    const next = VIEWS.find((candidate) => candidate === value);
    if (next) void navigate({ search: (previous) => ({ ...previous, view: next }) });
  };
  // The matrix prints on a landscape page (see referential.css); the page's header with it.
  return (
    <Tabs value={view} onChange={open} keepMounted={false}>
      <Tabs.List aria-label={t('referential.viewsLabel')} className="no-print">
        {VIEWS.map((key) => (
          <Tabs.Tab key={key} value={key} data-testid={`tab-${key}`}>
            {t(`referential.views.${key}`)}
          </Tabs.Tab>
        ))}
      </Tabs.List>
      <Tabs.Panel value={view} pt="md" data-testid={`view-${view}`}>
        {viewOf(view, detail)}
      </Tabs.Panel>
    </Tabs>
  );
}

/** One version of a certification's referentials, seen as a tree, a matrix, lists or a diff. */
export function VersionPage() {
  const { t } = useTranslation();
  const { slug, version } = route.useParams();
  const { view } = route.useSearch();
  const detail = useQuery(versionQuery(slug, version));
  const title = detail.data
    ? certificationTitle(detail.data, t, currentLocale())
    : t('referential.listTitle');
  useDocumentTitle(`${title} · ${t('app.name')}`);

  return (
    <Stack
      gap="lg"
      className={view === 'matrix' ? 'print-landscape' : undefined}
      data-testid="version-page"
    >
      {detail.isPending ? <Loading /> : null}
      {detail.isError ? <PageLoadError error={detail.error} /> : null}
      {detail.data ? (
        <>
          <VersionHeader detail={detail.data} />
          <VersionViews detail={detail.data} />
        </>
      ) : null}
    </Stack>
  );
}
