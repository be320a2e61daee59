// The president's view (seed 002, "Dans un second temps"): "le président du jury collecte les
// pourcentages émis par domaine par chacun des membres du jury qui s'accorde sur une
// appréciation partagée domaine par domaine". Every member's percentage per domain side by
// side, their spread (max − min) flagged above the rule's divergence threshold, then the
// agreed percentage per domain and the one synthesis comment ("Le président synthétise les
// commentaires en une formulation unique").
import { boundedMean, type MemberReport } from './memberReport.ts';
import { isPercentage, type JuryProblem, type JuryResult, juryProblem } from './problems.ts';

export interface DomainComparison {
  domain: string;
  label: string;
  /** In the order of the reports given. */
  members: Array<{ memberId: string; percentage: number }>;
  min: number;
  max: number;
  /** max − min */
  spread: number;
  /** The mean of the members' percentages: the suggestion offered to the president. */
  mean: number;
  /** The spread is above the threshold: the members should talk before agreeing. */
  divergent: boolean;
}

export interface MembersComparison {
  /** Spread above which a domain is flagged (rule set `jury.deliberation.divergence`). */
  threshold: number;
  domains: DomainComparison[];
}

/** Every member's percentage per domain side by side, with spread and divergence flag. */
export function compareMembers(
  reports: readonly MemberReport[],
  threshold: number,
): JuryResult<MembersComparison> {
  if (reports.length === 0)
    return {
      ok: false,
      problems: [
        juryProblem(
          'no_report',
          {},
          {
            fr: 'aucune grille de report reçue',
            en: 'no report grid received',
          },
        ),
      ],
    };
  const order = reports.flatMap((r) => r.domains.map((d) => d.domain));
  const codes = order.filter((code, k) => order.indexOf(code) === k);
  const domains = codes.map((domain) => {
    const rows = reports.flatMap((report) => {
      const found = report.domains.find((d) => d.domain === domain);
      return found ? [{ memberId: report.memberId, percentage: found.percentage, found }] : [];
    });
    const values = rows.map((row) => row.percentage);
    const min = Math.min(...values);
    const max = Math.max(...values);
    const spread = max - min;
    return {
      domain,
      label: rows[0]?.found.label ?? domain,
      members: rows.map(({ memberId, percentage }) => ({ memberId, percentage })),
      min,
      max,
      spread,
      mean: boundedMean(values),
      divergent: spread > threshold,
    };
  });
  return { ok: true, value: { threshold, domains } };
}

/** The domains flagged for divergence. */
export const divergentDomains = (comparison: MembersComparison): string[] =>
  comparison.domains.filter((d) => d.divergent).map((d) => d.domain);

/** What the jury agreed: one percentage per domain and one synthesis comment. */
export interface Agreement {
  percentages: Record<string, number>;
  comment: string;
}

export interface AgreementInput {
  /** Per domain, the agreed percentage, or 'mean' to take the members' mean. */
  percentages: Readonly<Record<string, number | 'mean'>>;
  comment: string;
}

export interface AgreedAppreciation {
  agreement: Agreement;
  /** Domains agreed outside the members' range: allowed, shown to the president. */
  outsideMembersRange: string[];
}

/** The mean of the members for every domain: what the president is offered to start from. */
export function suggestAgreement(comparison: MembersComparison): Record<string, number> {
  return Object.fromEntries(comparison.domains.map((d) => [d.domain, d.mean]));
}

function agreedValue(
  d: DomainComparison,
  given: number | 'mean' | undefined,
): number | JuryProblem {
  if (given === 'mean') return d.mean;
  const at = { domain: d.domain, path: `$.percentages.${d.domain}` };
  if (given === undefined)
    return juryProblem('missing_agreed_domain', at, {
      fr: `${d.label} : pourcentage convenu manquant`,
      en: `${d.label}: agreed percentage missing`,
    });
  if (!isPercentage(given))
    return juryProblem('percentage_out_of_range', at, {
      fr: `${d.label} : ${String(given)} hors de 0-100 %`,
      en: `${d.label}: ${String(given)} outside 0-100%`,
    });
  return given;
}

/** The president's record of the agreement, checked against the members' comparison. */
export function agree(
  comparison: MembersComparison,
  input: AgreementInput,
): JuryResult<AgreedAppreciation> {
  const problems: JuryProblem[] = [];
  const known = new Set(comparison.domains.map((d) => d.domain));
  for (const domain of Object.keys(input.percentages))
    if (!known.has(domain))
      problems.push(
        juryProblem(
          'unknown_domain',
          { domain, path: `$.percentages.${domain}` },
          {
            fr: `${domain} : domaine inconnu du guide`,
            en: `${domain}: domain unknown to the guide`,
          },
        ),
      );
  const percentages: Record<string, number> = {};
  const outsideMembersRange: string[] = [];
  for (const d of comparison.domains) {
    const value = agreedValue(d, input.percentages[d.domain]);
    if (typeof value !== 'number') {
      problems.push(value);
      continue;
    }
    percentages[d.domain] = value;
    if (value < d.min || value > d.max) outsideMembersRange.push(d.domain);
  }
  const comment = input.comment.trim();
  if (comment === '')
    problems.push(
      juryProblem(
        'comment_required',
        { path: '$.comment' },
        {
          fr: 'le commentaire de synthèse est requis',
          en: 'the synthesis comment is required',
        },
        "seed 002, APRES L'EPREUVE JURY",
      ),
    );
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, value: { agreement: { percentages, comment }, outsideMembersRange } };
}
