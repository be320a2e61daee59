// SIRET (établissement number, INSEE): 14 digits whose Luhn checksum is a multiple of 10,
// except La Poste's establishments (SIREN 356000000), which sum their digits to a multiple
// of 5 instead.
export function siretProblem(value: string): { fr: string; en: string } | undefined {
  const digits = value.replace(/\s/g, '');
  if (!/^\d{14}$/.test(digits))
    return {
      fr: 'Un SIRET compte 14 chiffres.',
      en: 'A SIRET has 14 digits.',
    };
  if (digits.startsWith('356000000')) {
    const sum = [...digits].reduce((s, d) => s + Number(d), 0);
    return sum % 5 === 0 ? undefined : invalidKey();
  }
  const sum = [...digits].reverse().reduce((s, d, k) => {
    const n = Number(d) * (k % 2 === 1 ? 2 : 1);
    return s + (n > 9 ? n - 9 : n);
  }, 0);
  return sum % 10 === 0 ? undefined : invalidKey();
}

const invalidKey = () => ({
  fr: 'Ce SIRET n’est pas valide (clé de contrôle).',
  en: 'This SIRET is not valid (check digit).',
});

/** The SIRET as it is usually written: 3 3 3 5. */
export const formatSiret = (value: string) =>
  value.replace(/\s/g, '').replace(/^(\d{3})(\d{3})(\d{3})(\d{5})$/, '$1 $2 $3 $4');
