// The parts of a candidate's civil status that the holders' declaration to the Caisse des
// Dépôts asks for and an enrolment may leave out (issue 18, item 6): the sex, and the INSEE code
// of the birth commune (../shared/fixtures/cdc: `sexe` M or F, `codeInsee` of 5 characters).
// Optional at enrolment, checked for plausibility when given, never guessed.

export const SEXES = ['female', 'male'] as const;
export type Sex = (typeof SEXES)[number];

/**
 * The shape of a code of the Code officiel géographique: two digits of a département (2A, 2B in
 * Corsica) then three of the commune; 97x and 98x overseas, 99 and the country when born abroad.
 */
export const INSEE_CODE_PATTERN = '^(?:[0-9]{2}|2[ABab])[0-9]{3}$';

export interface CivilStatusProblem {
  path: string;
  message: { fr: string; en: string };
}

const problem = (fr: string, en: string): CivilStatusProblem => ({
  path: 'birthInseeCode',
  message: { fr, en },
});

/** The code as stored: trimmed, Corsica's letters in capitals. */
export const normaliseInseeCode = (code: string): string => code.trim().toUpperCase();

/**
 * What the pattern cannot say about a birth commune's INSEE code: a département that exists
 * (01–95 but 20, 2A and 2B; 971–978 and 984–989 overseas), and abroad a country other than
 * France (99100 is France itself, whose births have a commune's code).
 */
export function inseeCodeProblem(raw: string): CivilStatusProblem | undefined {
  const code = normaliseInseeCode(raw);
  if (!new RegExp(INSEE_CODE_PATTERN).test(code))
    return problem(
      `« ${raw} » n’est pas un code INSEE de commune : cinq caractères, par exemple 75056 ou 2A004.`,
      `“${raw}” is not an INSEE commune code: five characters, for instance 75056 or 2A004.`,
    );
  const head = code.slice(0, 2);
  if (head === '20')
    return problem(
      'Les communes de Corse ont un code commençant par 2A ou 2B.',
      'Communes of Corsica have a code beginning with 2A or 2B.',
    );
  if (head === '00' || head === '96')
    return problem(
      `Aucun département ne porte le numéro ${head}.`,
      `No département is numbered ${head}.`,
    );
  const third = Number(code[2]);
  if ((head === '97' && !(third >= 1 && third <= 8)) || (head === '98' && third < 4))
    return problem(
      `Aucune collectivité d’outre-mer ne porte le numéro ${code.slice(0, 3)}.`,
      `No overseas territory is numbered ${code.slice(0, 3)}.`,
    );
  if (code === '99100')
    return problem(
      '99100 désigne la France : donnez le code de la commune de naissance.',
      '99100 stands for France: give the birth commune’s code.',
    );
  return undefined;
}

/** F or M, as the declaration writes them. */
export const sexCode = (sex: Sex): 'F' | 'M' => (sex === 'female' ? 'F' : 'M');
