import { useQuery } from '@tanstack/react-query';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { type CertificationSummary, certificationsQuery } from './referentialApi.ts';

/**
 * A certification's name as people read it ("CQP Assistant(e) de Gestion Client"), never its
 * slug (`cqp-agc`): when its source names none, its kind, said untitled ("Diplôme sans
 * intitulé"), and its RNCP or RS number when it has one (issue 16, item 5).
 */
export function certificationName(
  certification: Pick<CertificationSummary, 'title' | 'kind' | 'rncp' | 'rs'>,
  t: TFunction,
): string {
  if (certification.title) return certification.title;
  const kind = t(`referential.kinds.${certification.kind}`);
  const number = certification.rncp
    ? ` (RNCP ${certification.rncp})`
    : certification.rs
      ? ` (RS ${certification.rs})`
      : '';
  return `${t('referential.untitled', { kind })}${number}`;
}

/** The name of the certification of `slug`; while the list loads, nothing rather than the slug. */
export function useCertificationTitle(): (slug: string) => string {
  const { t } = useTranslation();
  const certifications = useQuery(certificationsQuery);
  return (slug) => {
    const found = certifications.data?.find((c) => c.slug === slug);
    return found ? certificationName(found, t) : '';
  };
}
