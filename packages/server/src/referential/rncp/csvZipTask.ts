// Worker task (platform/workers/pool.ts): France Compétences' CSV export read under the
// archive limits and mapped to referential files, off the event loop.
import type { ArchiveLimits } from '../../platform/archive/limits.ts';
import { importRncpCsvZip } from './importRncp.ts';

export default function csvZipTask(input: { file: string; limits: ArchiveLimits; name?: string }) {
  return importRncpCsvZip(input.file, input.limits, input.name);
}
