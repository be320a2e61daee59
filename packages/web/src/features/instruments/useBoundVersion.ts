import type { Instrument } from '@certeval/core/instruments/schema';
import type { BindingTarget } from '@certeval/core/instruments/validate';
import type { ReferentialVersion } from '@certeval/core/referential/fileSchema';
import { applyVariant } from '@certeval/core/referential/variant';
import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { versionQuery } from '../referential/referentialApi.ts';
import { variantQuery } from '../variant/variantApi.ts';

export type BoundVersion = {
  /** What items are tagged against: the national version, or the company's variant applied. */
  version: ReferentialVersion;
  target: BindingTarget;
  /** The national certification's slug and title. */
  certification: string;
  certificationTitle: string;
};

/**
 * The referential an instrument is tagged against, as the server checks it (boundReferential):
 * the national version it names, or its company variant applied to the national version by
 * core's applyVariant — so the picker offers the company's own items too.
 */
export function useBoundVersion(instrument: Instrument | undefined) {
  const binding = instrument?.binding;
  const variantId = binding && 'variant' in binding ? binding.variant : undefined;
  const variant = useQuery({ ...variantQuery(variantId ?? ''), enabled: variantId !== undefined });
  const [slug, nationalVersion] =
    binding && 'certification' in binding
      ? [binding.certification, binding.version]
      : [variant.data?.certification, variant.data?.version];
  const detail = useQuery({
    ...versionQuery(slug ?? '', nationalVersion ?? ''),
    enabled: slug !== undefined && nationalVersion !== undefined,
  });
  const bound = useMemo((): BoundVersion | undefined => {
    if (!detail.data || slug === undefined) return undefined;
    const base = {
      certification: slug,
      certificationTitle: detail.data.certification.title?.fr ?? slug,
    };
    if (variantId === undefined) {
      return { ...base, version: detail.data.version, target: { certification: slug } };
    }
    if (!variant.data) return undefined;
    const applied = applyVariant(detail.data.version, variant.data.changes);
    // A variant that no longer applies is the variant screen's to show; items are then
    // checked against the national version.
    const version = applied.ok ? applied.version : detail.data.version;
    return { ...base, version, target: { variant: variantId } };
  }, [detail.data, slug, variant.data, variantId]);
  return {
    bound,
    error: variant.error ?? detail.error,
    isPending: bound === undefined,
  };
}
