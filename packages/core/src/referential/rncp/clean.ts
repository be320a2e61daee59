// Cleaning rules for the raw values of an RNCP/RS fiche. Each returns the clean value, or
// undefined when nothing usable is left, and says what it did through the warning sink.
import type { RncpCodeLabel, RncpSource } from './record.ts';
import { rncpMessages as m, type WarningSink } from './warnings.ts';

/**
 * Control characters (NUL and the like; tab, line feed and carriage return stay) are no text
 * of a fiche: a damaged export may carry them, and a database cannot store NUL in text.
 */
export const withoutControls = (text: string, keepWhitespace = true) =>
  Array.from(text)
    .filter((c) => {
      const code = c.charCodeAt(0);
      if (keepWhitespace && (code === 9 || code === 10 || code === 13)) return true;
      return code >= 0x20 && code !== 0x7f;
    })
    .join('');

/** Trimmed NFC text without control characters, or undefined when blank. */
export function cleanText(raw: string | undefined): string | undefined {
  if (raw === undefined) return undefined;
  const text = withoutControls(raw).trim();
  return text === '' ? undefined : text.normalize('NFC');
}

/** RNCP34762, RS5000: prefix upper-cased, spaces removed ("rncp 34762" → "RNCP34762"). */
export function ficheNumber(raw: string | undefined): string | undefined {
  const match = /^(RNCP|RS)\s*(\d+)$/i.exec(raw?.trim() ?? '');
  return match ? `${match[1]?.toUpperCase()}${match[2]}` : undefined;
}

/** The SIRET check digit: Luhn over the 14 digits. */
export function siretChecksumOk(siret: string): boolean {
  let sum = 0;
  for (let i = 0; i < siret.length; i++) {
    let digit = Number(siret[siret.length - 1 - i]);
    if (i % 2 === 1) digit = digit * 2 > 9 ? digit * 2 - 9 : digit * 2;
    sum += digit;
  }
  return sum % 10 === 0;
}

/**
 * The export writes SIRETs as text forced with a leading tab (CSV) and uses "-", blanks or
 * all zeros for "none": these become no SIRET, with a warning, never a failure.
 */
export function cleanSiret(
  raw: string | undefined,
  path: string,
  sink: WarningSink,
  at: RncpSource = sink.location,
): string | undefined {
  if (raw === undefined) {
    sink.add('siret_missing', path, m.siretMissing(''), at);
    return undefined;
  }
  const siret = raw.replace(/[\s\u00a0\u202f]/g, '');
  if (siret === '' || /^[-–—]+$/.test(siret) || /^0+$/.test(siret)) {
    sink.add('siret_missing', path, m.siretMissing(raw), at);
    return undefined;
  }
  if (!/^\d{14}$/.test(siret)) {
    sink.add('siret_invalid', path, m.siretInvalid(raw), at);
    return undefined;
  }
  if (siret !== raw) sink.add('siret_cleaned', path, m.siretCleaned(raw, siret), at);
  if (!siretChecksumOk(siret)) sink.add('siret_checksum', path, m.siretChecksum(siret), at);
  return siret;
}

/** dd/mm/yyyy (the export's format) or yyyy-mm-dd → yyyy-mm-dd. */
export function isoDate(raw: string | undefined, path: string, sink: WarningSink) {
  const text = cleanText(raw);
  if (text === undefined) return undefined;
  const french = /^(\d{2})\/(\d{2})\/(\d{4})$/.exec(text);
  const iso = french ? `${french[3]}-${french[2]}-${french[1]}` : text;
  const date = new Date(`${iso}T00:00:00Z`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(iso) || Number.isNaN(date.getTime())) {
    sink.add('invalid_date', path, m.invalidDate(text));
    return undefined;
  }
  if (date.toISOString().slice(0, 10) !== iso) {
    sink.add('invalid_date', path, m.invalidDate(text));
    return undefined;
  }
  return iso;
}

const ACTIVE_FLAGS: Record<string, boolean> = {
  oui: true,
  active: true,
  actif: true,
  non: false,
  inactive: false,
  inactif: false,
};

/** ACTIF: Oui / Non in the XML flux, ACTIVE / INACTIVE in the CSV export. */
export function activeFlag(raw: string | undefined, path: string, sink: WarningSink) {
  const text = cleanText(raw);
  if (text === undefined) return undefined;
  const flag = ACTIVE_FLAGS[text.toLowerCase()];
  if (flag === undefined) sink.add('unknown_active_flag', path, m.unknownActiveFlag(text));
  return flag;
}

/**
 * NSF, ROME and Formacode lists: blank codes dropped, repeated codes kept once. The CSV
 * export prefixes labels with their code ("326 : Informatique…"): the prefix is removed so
 * that both exports give the same label.
 */
export function codeLabels(
  list: readonly RncpCodeLabel[],
  name: string,
  path: string,
  sink: WarningSink,
): Array<{ code: string; label?: string }> {
  const seen = new Set<string>();
  const result: Array<{ code: string; label?: string }> = [];
  list.forEach((item, i) => {
    const code = cleanText(item.code);
    if (code === undefined) return;
    if (seen.has(code)) {
      const message = m.duplicateCode(name, code);
      sink.add('duplicate_code', `${path}[${i}].code`, message, item.source);
      return;
    }
    seen.add(code);
    const label = cleanText(withoutCodePrefix(item.label, code));
    result.push(label === undefined ? { code } : { code, label });
  });
  return result;
}

function withoutCodePrefix(label: string | undefined, code: string): string | undefined {
  const prefix = `${code} : `;
  return label?.trim().startsWith(prefix) ? label.trim().slice(prefix.length) : label;
}
