// The boundary cases kept in data/examples/boundaries (issue 17, "Bad input"): the manifest
// and its records, read by the core test and by the CLI and API test alike.
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';

export interface BoundaryCase {
  file: string;
  what: string;
  /** certeval deliberate's exit code: 0 decided, 1 invalid input, 3 undecidable. */
  exit: 0 | 1 | 3;
  summary?: string;
  failed?: string[];
  reasons?: string[];
  problems?: Array<{ code: string; path: string }>;
}

export const BOUNDARIES = new URL('../../../../data/examples/boundaries/', import.meta.url);

export function boundaryCases(): BoundaryCase[] {
  return (
    parse(readFileSync(new URL('cases.yaml', BOUNDARIES), 'utf8')) as { cases: BoundaryCase[] }
  ).cases;
}

export const boundaryRecord = (file: string): unknown =>
  JSON.parse(readFileSync(new URL(file, BOUNDARIES), 'utf8'));
