// Is this identity plausible? (issue 16, item 3) Pure rules the server applies before storing
// a candidate and the browser applies before sending one, so both say the same thing:
// - a name is made of letters (any script, accents), spaces, hyphens and apostrophes;
// - the birth date is a calendar day between 14 years (apprenticeship preparation) and 100
//   years ago;
// - a phone number is one libphonenumber-js recognises as valid (French when it has no +);
// - the birthplace is a French commune, by its INSEE code (5 characters, 2A/2B for Corsica),
//   alone or after the commune's name ("Ajaccio (2A004)"), or by its name and department
//   ("Vire (Calvados)"), or a country ("Italie", "Belgium").
import { getCountries, isValidPhoneNumber } from 'libphonenumber-js/min';
import type { FormMessage, FormProblem } from '../forms/formProblems.ts';
import { inseeCodeProblem } from './civilStatus.ts';

const WORD = String.raw`\p{L}[\p{L}\p{M}]*`;
// Separators: one space, a hyphen (two for a double name: "Dupont--Durand"), an apostrophe.
const NAME = new RegExp(`^${WORD}(?:(?: |--?|['’])${WORD})*$`, 'u');

/** Letters of any script, single spaces, hyphens, apostrophes; never digits or signs. */
export function isPlausibleName(text: string): boolean {
  return NAME.test(text.trim());
}

export const NAME_WORDS: FormMessage = {
  fr: 'Un nom s’écrit avec des lettres, des espaces, des traits d’union et des apostrophes.',
  en: 'A name is written with letters, spaces, hyphens and apostrophes.',
};

const addYears = (day: string, years: number) =>
  `${String(Number(day.slice(0, 4)) + years).padStart(4, '0')}${day.slice(4)}`;

/** Why a birth date is not plausible on `today` (both YYYY-MM-DD), or undefined. */
export function birthDateProblem(birthDate: string, today: string): FormMessage | undefined {
  const date = new Date(`${birthDate}T00:00:00Z`);
  if (Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== birthDate)
    return {
      fr: 'Saisissez une date du calendrier, par exemple 14/03/1998.',
      en: 'Enter a calendar day, for example 14/03/1998.',
    };
  if (birthDate >= today)
    return {
      fr: 'La date de naissance doit être passée.',
      en: 'The birth date must be in the past.',
    };
  if (birthDate > addYears(today, -14))
    return {
      fr: 'Le candidat doit avoir au moins 14 ans.',
      en: 'The candidate must be at least 14 years old.',
    };
  if (birthDate < addYears(today, -100))
    return {
      fr: 'La date de naissance est de plus de 100 ans : vérifiez l’année.',
      en: 'The birth date is more than 100 years ago: check the year.',
    };
  return undefined;
}

/** A valid number for its country; without a "+" it is read as a French number. */
export function isPlausiblePhone(text: string): boolean {
  return isValidPhoneNumber(text.trim(), 'FR');
}

export const PHONE_WORDS: FormMessage = {
  fr: 'Saisissez un numéro de téléphone, par exemple 06 12 34 56 78 ou +32 470 12 34 56.',
  en: 'Enter a phone number, for example 06 12 34 56 78 or +32 470 12 34 56.',
};

/** An INSEE commune code that can exist (civilStatus.ts: 5 characters, 2A/2B in Corsica). */
const isInseeCode = (text: string) => inseeCodeProblem(text) === undefined;

const key = (text: string) =>
  text.normalize('NFD').replace(/\p{M}/gu, '').replace(/[’']/g, "'").toLowerCase().trim();

let countryNames: Set<string> | undefined;

/** Every country's name in French and English, and its ISO code, compared without accents. */
function countries(): Set<string> {
  if (countryNames) return countryNames;
  const names = new Set<string>();
  const displays = ['fr', 'en'].map((lang) => new Intl.DisplayNames([lang], { type: 'region' }));
  for (const code of getCountries()) {
    names.add(key(code));
    for (const display of displays) {
      const name = display.of(code);
      if (name) names.add(key(name));
    }
  }
  countryNames = names;
  return names;
}

/** Whether `text` names a country (French or English name, or ISO 3166 code). */
export function isCountry(text: string): boolean {
  return countries().has(key(text));
}

const COMMUNE_AND_DETAIL = /^(.+?)\s*\(([^()]+)\)$/u;

/** A commune by INSEE code (alone or after its name), a commune and department, a country. */
export function isPlausibleBirthPlace(text: string): boolean {
  const place = text.trim();
  if (isInseeCode(place) || isCountry(place)) return true;
  const parts = COMMUNE_AND_DETAIL.exec(place);
  if (!parts) return false;
  const [, commune = '', detail = ''] = parts;
  const name = commune.replace(/\s+/g, ' ');
  return (
    isPlausibleName(name) && (isInseeCode(detail) || isPlausibleName(detail) || isCountry(detail))
  );
}

export const BIRTHPLACE_WORDS: FormMessage = {
  fr: 'Indiquez la commune et son code INSEE ou son département, par exemple « Vire (14762) » ou « Vire (Calvados) », ou un pays, par exemple « Italie ».',
  en: 'Give the commune with its INSEE code or its department, for example “Vire (14762)” or “Vire (Calvados)”, or a country, for example “Italy”.',
};

/** What an identity needs besides its shape: every implausible field, each under its name. */
export interface IdentityFields {
  birthName?: string;
  usageName?: string;
  firstNames?: readonly string[];
  birthDate?: string;
  birthPlace?: string;
  phone?: string;
  /** The birth commune's INSEE code, when given (civilStatus.ts). */
  birthInseeCode?: string;
}

/** Every implausible field of an identity whose shape the schema accepted. */
export function identityProblems(identity: IdentityFields, today: string): FormProblem[] {
  const problems: FormProblem[] = [];
  const add = (path: string, message: FormMessage) =>
    problems.push({ code: 'identity', path, message });
  for (const field of ['birthName', 'usageName'] as const) {
    const name = identity[field];
    if (name !== undefined && !isPlausibleName(name)) add(field, NAME_WORDS);
  }
  if (identity.firstNames?.some((name) => !isPlausibleName(name))) add('firstNames', NAME_WORDS);
  if (identity.birthDate !== undefined) {
    const problem = birthDateProblem(identity.birthDate, today);
    if (problem) add('birthDate', problem);
  }
  if (identity.birthPlace !== undefined && !isPlausibleBirthPlace(identity.birthPlace))
    add('birthPlace', BIRTHPLACE_WORDS);
  if (identity.phone !== undefined && !isPlausiblePhone(identity.phone)) add('phone', PHONE_WORDS);
  const insee =
    identity.birthInseeCode === undefined ? undefined : inseeCodeProblem(identity.birthInseeCode);
  if (insee) add('birthInseeCode', insee.message);
  return problems;
}
