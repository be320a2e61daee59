// A candidate's evidence as the engine takes it: per instrument, item results (each with its
// domain or bloc, its competence codes and a percentage or Acquis / Non acquis), or percentages
// already aggregated per domain (the jury's agreed appreciation, seed 002), or one overall
// result (the final project, seed 003). Deliberately minimal and independent of the
// instruments model: the shell maps whatever the instruments record into this.

export type Outcome = 'acquired' | 'not_acquired';

export interface ItemResult {
  /** Domain or bloc code of the referential. */
  unit: string;
  /** Competence codes the item evaluates, directly or through the activity requiring them. */
  competences?: string[];
  /**
   * Those of `competences` the item scores itself (a savoir-faire line of a grid, a question
   * tagged with it), read by the measure `direct_scores`; all of them when absent.
   */
  direct?: string[];
  /** The item's id in its instrument, to say which items measured a competence. */
  item?: string;
  /** How people name the item: its code (M3A1) or its words; the id when absent. */
  name?: string;
  /** 0-100, on percentage instruments. */
  score?: number;
  /** Acquis / Non acquis, on outcome instruments. */
  result?: Outcome;
  /**
   * False when the unit's percentage is given in unitScores (the jury's agreed appreciation,
   * seed 002): the item then evidences its competences only, not its unit's cell.
   */
  countsInUnit?: false;
}

export interface InstrumentEvidence {
  instrument: string;
  items?: ItemResult[];
  /** Percentages already aggregated per domain, e.g. the jury's agreed appreciation. */
  unitScores?: Record<string, number>;
  /** An instrument judged as a whole (the final project). */
  outcome?: Outcome;
}

/** A bloc acquired at an earlier attempt, carried over to this one. */
export interface AcquiredUnit {
  unit: string;
  /** YYYY-MM-DD */
  acquiredOn: string;
  ruleSetId: string;
  ruleSetVersion: string;
}

export interface Evidence {
  instruments: InstrumentEvidence[];
  acquiredUnits?: AcquiredUnit[];
}

export interface DeliberationOptions {
  /** YYYY-MM-DD, the day of the decision; needed to judge the validity of acquired units. */
  decidedOn?: string;
}
