// The referential an instrument is built on, as core checks it: a national version, or a
// company's variant of one (its renamed, annotated, hidden and added items applied), and the
// validation of an instrument against it, refused with every located problem.
import {
  applyVariant,
  type BindingTarget,
  type Instrument,
  type ReferentialVersion,
  type VariantChange,
  validateInstrument,
} from '@certeval/core';
import type { Context } from '../platform/context.ts';
import { AppError, type ProblemDetail } from '../platform/errors.ts';
import type { Actor } from '../platform/policy.ts';
import { getVersion } from '../referential/service.ts';
import { getVariant } from '../variant/service.ts';

export interface BoundReferential {
  /** What items are checked against: the national version, or the variant applied to it. */
  version: ReferentialVersion;
  target: BindingTarget;
  /** The national version, also under a variant. */
  certification: string;
  referentialVersion: string;
  certificationTitle: string;
  variantId: string | null;
  /** The company of the variant; null for a national version. */
  organisationId: string | null;
}

export function invalid(problems: ProblemDetail[]): never {
  throw new AppError('instrument_invalid', undefined, undefined, problems);
}

export function missingBinding(file?: string): ProblemDetail {
  return {
    code: 'missing_field',
    path: '$.binding',
    ...(file ? { file } : {}),
    message: {
      fr: "L'instrument doit nommer la certification et la version de référentiel sur lesquelles il est construit, ou l'adaptation d'entreprise.",
      en: 'The instrument must name the certification and referential version it is built on, or the company adaptation.',
    },
  };
}

type Binding = { certification?: unknown; version?: unknown; variant?: unknown } | undefined;

async function national(ctx: Context, certification: string, key: string) {
  const found = await getVersion(ctx, certification, key);
  return {
    version: found.version,
    certificationTitle: found.certification.title?.fr ?? certification,
  };
}

/** The referential `binding` names, as `actor` may read it; instrument_invalid when it names none. */
export async function boundReferential(
  ctx: Context,
  actor: Actor,
  binding: unknown,
): Promise<BoundReferential> {
  const b = binding as Binding;
  if (typeof b?.variant === 'string') {
    const variant = await getVariant(ctx, actor, b.variant);
    const base = await national(ctx, variant.certification, variant.version);
    const applied = applyVariant(base.version, variant.changes as VariantChange[]);
    if (!applied.ok) throw new Error(`stored variant ${b.variant} no longer applies`);
    return {
      ...base,
      version: applied.version,
      target: { variant: b.variant },
      certification: variant.certification,
      referentialVersion: variant.version,
      variantId: variant.id,
      organisationId: variant.organisationId,
    };
  }
  if (typeof b?.certification !== 'string' || typeof b.version !== 'string')
    return invalid([missingBinding()]);
  return {
    ...(await national(ctx, b.certification, b.version)),
    target: { certification: b.certification },
    certification: b.certification,
    referentialVersion: b.version,
    variantId: null,
    organisationId: null,
  };
}

/** The instrument if core finds it valid against `bound`; instrument_invalid with its problems. */
export function checked(input: unknown, bound: BoundReferential): Instrument {
  const result = validateInstrument(input, bound.version, bound.target);
  if (!result.ok) return invalid(result.problems);
  return result.value;
}
