import {
  type EvaluationRoute,
  type Instrument,
  parseRuleSet,
  pathwayOf,
  type RuleSet,
  routeOf,
  ruleSetFor,
} from '@certeval/core';
import {
  deliberateRecord,
  type EvaluationRecord,
  type RecordDeliberation,
  validateRecord,
} from '@certeval/core/evaluation/index';
import { getInstrument } from '../instruments/service.ts';
import type { Context } from '../platform/context.ts';
import { AppError, type ProblemDetail } from '../platform/errors.ts';
import { getVersion } from '../referential/service.ts';
import { shippedRuleSets } from './ruleSets.ts';

export type Preview = Exclude<RecordDeliberation, { status: 'invalid' }>;

export interface PreviewOptions {
  /** A rule set to decide by instead of the shipped one (YAML or JSON text). */
  rules?: { text: string; file?: string };
}

function invalid(problems: ProblemDetail[]): never {
  throw new AppError(
    'validation_failed',
    {
      fr: "Le dossier d'évaluations n'est pas valide : rien n'a été décidé. Voir la liste des problèmes.",
      en: 'The evaluation record is not valid: nothing was decided. See the list of problems.',
    },
    undefined,
    problems,
  );
}

function givenRuleSet(rules: NonNullable<PreviewOptions['rules']>): RuleSet {
  const parsed = parseRuleSet(rules.text);
  if (parsed.ok) return parsed.value;
  return invalid(
    parsed.problems.map((p) => ({
      code: 'rule_set_invalid',
      ...p,
      ...(rules.file ? { file: rules.file } : {}),
    })),
  );
}

export { shippedRuleSets } from './ruleSets.ts';

const ROUTE_NAMES: Record<EvaluationRoute, { fr: string; en: string }> = {
  training: { fr: 'la formation', en: 'training' },
  vae: { fr: 'la VAE', en: 'VAE' },
};

/**
 * The shipped rule set that decides the record (core's ruleSetFor): its certification, its
 * referential version and the candidate's route — a VAE candidate by the VAE rule set, any
 * other by the training one (seed 001).
 */
export async function shippedRuleSet(ctx: Context, record: EvaluationRecord): Promise<RuleSet> {
  const { id, version } = record.certification;
  const { accessRoute } = record.candidate;
  const found = ruleSetFor(await shippedRuleSets(ctx), {
    certification: id,
    referentialVersion: version,
    accessRoute,
  });
  if (found) return found;
  const route = ROUTE_NAMES[pathwayOf(accessRoute)];
  return invalid([
    {
      code: 'no_rule_set',
      path: '$.certification',
      message: {
        fr: `Aucun jeu de règles pour ${id} version ${version}, accès par ${route.fr}.`,
        en: `No rule set for ${id} version ${version} on the ${route.en} route.`,
      },
    },
  ]);
}

/** A rule set given instead of the shipped one must decide the record's certification and route. */
function mismatch(ruleSet: RuleSet, record: EvaluationRecord): ProblemDetail[] {
  if (ruleSet.certification !== record.certification.id)
    return [
      {
        code: 'rule_set_mismatch',
        path: '$.certification.id',
        message: {
          fr: `Le jeu de règles ${ruleSet.id} décide de ${ruleSet.certification}, pas de ${record.certification.id}.`,
          en: `Rule set ${ruleSet.id} decides ${ruleSet.certification}, not ${record.certification.id}.`,
        },
      },
    ];
  const route = pathwayOf(record.candidate.accessRoute);
  if (routeOf(ruleSet) === route) return [];
  const decides = ROUTE_NAMES[routeOf(ruleSet)];
  const wanted = ROUTE_NAMES[route];
  return [
    {
      code: 'rule_set_mismatch',
      path: '$.candidate.accessRoute',
      message: {
        fr: `Le jeu de règles ${ruleSet.id} décide l’accès par ${decides.fr}, pas par ${wanted.fr}.`,
        en: `Rule set ${ruleSet.id} decides the ${decides.en} route, not the ${wanted.en} route.`,
      },
    },
  ];
}

/** The instruments the record names; one unknown is left out, and core says where. */
export async function namedInstruments(
  ctx: Context,
  record: EvaluationRecord,
): Promise<Instrument[]> {
  const keys = new Set(
    record.evaluations.map((e) => `${e.instrument.id}\u0000${e.instrument.version}`),
  );
  const found: Instrument[] = [];
  for (const key of keys) {
    const [id = '', version = ''] = key.split('\u0000');
    try {
      found.push((await getInstrument(ctx, id, version)).instrument);
    } catch (error) {
      if (!(error instanceof AppError) || error.code !== 'not_found') throw error;
    }
  }
  return found;
}

export async function previewDeliberation(
  ctx: Context,
  input: unknown,
  options: PreviewOptions = {},
): Promise<Preview> {
  const checked = validateRecord(input);
  const record = checked.ok ? checked.value : checked.readable;
  if (!record) return invalid(checked.ok ? [] : checked.problems);
  const ruleSet = options.rules ? givenRuleSet(options.rules) : await shippedRuleSet(ctx, record);
  const mismatched = mismatch(ruleSet, record);
  if (mismatched.length > 0) invalid(mismatched);
  const { version } = await getVersion(ctx, record.certification.id, record.certification.version);
  const instruments = await namedInstruments(ctx, record);
  const decision = deliberateRecord(record, { instruments, ruleSet, referential: version });
  const problems = [
    ...(checked.ok ? [] : checked.problems),
    ...(decision.status === 'invalid' ? decision.problems : []),
  ];
  if (problems.length > 0 || decision.status === 'invalid') return invalid(problems);
  return decision;
}
