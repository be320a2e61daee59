import type { Instrument } from '@certeval/core/instruments/schema';
import { useQuery } from '@tanstack/react-query';
import { versionQuery } from '../referential/referentialApi.ts';
import { variantQuery } from '../variant/variantApi.ts';

/**
 * The referential version an instrument is tagged against: the national version it names, or
 * the one its company variant adapts. The picker offers that version's nodes.
 */
export function useBoundVersion(instrument: Instrument | undefined) {
  const binding = instrument?.binding;
  const variantId = binding && 'variant' in binding ? binding.variant : undefined;
  const variant = useQuery({ ...variantQuery(variantId ?? ''), enabled: variantId !== undefined });
  const national =
    binding && 'certification' in binding
      ? { slug: binding.certification, version: binding.version }
      : variant.data
        ? { slug: variant.data.certification, version: variant.data.version }
        : undefined;
  const version = useQuery({
    ...versionQuery(national?.slug ?? '', national?.version ?? ''),
    enabled: national !== undefined,
  });
  return {
    detail: version.data,
    certification: national?.slug,
    error: variant.error ?? version.error,
    isPending:
      instrument === undefined ||
      (variantId !== undefined && variant.isPending) ||
      version.isPending,
  };
}
