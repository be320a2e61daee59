// The data files the product ships (data/certifications, data/instruments, data/rules):
// every YAML or JSON file of a folder, in name order, with its text.
import fs from 'node:fs/promises';
import path from 'node:path';
import type { AppError } from './errors.ts';

export interface DataFile {
  file: string;
  text: string;
}

export async function* readDataFiles(dir: string): AsyncGenerator<DataFile> {
  const files = (await fs.readdir(dir)).filter((f) => /\.(ya?ml|json)$/.test(f)).sort();
  for (const file of files) yield { file, text: await fs.readFile(path.join(dir, file), 'utf8') };
}

/**
 * Why a shipped file was refused, in one line: the product still starts (the stored data
 * stays) and says so at start-up.
 */
export function refusalOf(error: AppError): string {
  const detail = error.problems?.map((p) => `${p.path}: ${p.message.en}`).join('; ');
  return `${error.toBody().message.en}${detail ? ` ${detail}` : ''}`;
}
