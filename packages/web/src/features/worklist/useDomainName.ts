import { useQuery } from '@tanstack/react-query';
import { versionQuery } from '../referential/referentialApi.ts';

/**
 * The domains of a certification's referential, in its order, and a domain's name by its code
 * ("Relation client / Argumentation" for R); the code while the referential loads.
 */
export function useDomains(certification: string | undefined, version: string | undefined) {
  const referential = useQuery({
    ...versionQuery(certification ?? '', version ?? ''),
    enabled: Boolean(certification && version),
  });
  const domains = (referential.data?.version.nodes ?? [])
    .filter((n) => n.type === 'domain')
    .map((n) => ({ code: n.code, label: n.label }));
  return {
    order: domains.map((d) => d.code),
    name: (code: string) => domains.find((d) => d.code === code)?.label ?? code,
  };
}
