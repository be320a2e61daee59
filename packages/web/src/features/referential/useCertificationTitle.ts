import { useQuery } from '@tanstack/react-query';
import { certificationsQuery } from './referentialApi.ts';

/**
 * A certification's name as people read it ("CQP Assistant(e) de Gestion Client"), never its
 * slug (`cqp-agc`); while the list loads, nothing rather than the slug (issue 16, item 5).
 */
export function useCertificationTitle(): (slug: string) => string {
  const certifications = useQuery(certificationsQuery);
  return (slug) => {
    if (!certifications.data) return '';
    return certifications.data.find((c) => c.slug === slug)?.title ?? '';
  };
}
