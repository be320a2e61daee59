import { describe, expect, it } from 'vitest';
import {
  activeFlag,
  cleanSiret,
  cleanText,
  codeLabels,
  ficheNumber,
  isoDate,
  siretChecksumOk,
} from './clean.ts';
import { WarningSink } from './warnings.ts';

const sink = () => new WarningSink({ file: 'test.xml', line: 1 });
const codes = (s: WarningSink) => s.warnings.map((w) => w.code);

describe('cleanSiret', () => {
  it('strips the leading tab the CSV export puts before every SIRET, with a warning', () => {
    const s = sink();
    expect(cleanSiret('\t79279132900016', '$.certifiers[0].siret', s)).toBe('79279132900016');
    expect(codes(s)).toEqual(['siret_cleaned']);
    expect(s.warnings[0]?.path).toBe('$.certifiers[0].siret');
    expect(s.warnings[0]?.location).toBe('test.xml, line 1');
  });

  it.each(['-', '', '   ', '00000000000000', '\t0', ' – '])(
    'treats "%s" as no SIRET, with a warning',
    (raw) => {
      const s = sink();
      expect(cleanSiret(raw, '$', s)).toBeUndefined();
      expect(codes(s)).toEqual(['siret_missing']);
    },
  );

  it('drops a SIRET that is not 14 digits', () => {
    const s = sink();
    expect(cleanSiret('1234567890', '$', s)).toBeUndefined();
    expect(cleanSiret('8173891410001A', '$', s)).toBeUndefined();
    expect(codes(s)).toEqual(['siret_invalid', 'siret_invalid']);
  });

  it('keeps a SIRET whose check digit is wrong, with a warning', () => {
    const s = sink();
    expect(cleanSiret('81738914100019', '$', s)).toBe('81738914100019');
    expect(codes(s)).toEqual(['siret_checksum']);
  });

  it('checks the Luhn key of real SIRETs', () => {
    expect(siretChecksumOk('81738914100018')).toBe(true);
    expect(siretChecksumOk('11004401300040')).toBe(true);
    expect(siretChecksumOk('11004401300041')).toBe(false);
  });
});

describe('other raw values', () => {
  it('drops the control characters a damaged export may carry, NUL first', () => {
    expect(cleanText('\u0000MINISTERE\u0007 DE\tL’ÉDUCATION\u007f ')).toBe(
      'MINISTERE DE\tL’ÉDUCATION',
    );
    expect(cleanText('\u0000\u0001')).toBeUndefined();
  });

  it('normalises fiche numbers', () => {
    expect(ficheNumber(' rncp 34762 ')).toBe('RNCP34762');
    expect(ficheNumber('RS5000')).toBe('RS5000');
    expect(ficheNumber('34762')).toBeUndefined();
    expect(ficheNumber(undefined)).toBeUndefined();
  });

  it('turns dd/mm/yyyy into ISO dates and refuses impossible ones', () => {
    const s = sink();
    expect(isoDate('31/08/2024', '$.d', s)).toBe('2024-08-31');
    expect(isoDate('2024-02-22', '$.d', s)).toBe('2024-02-22');
    expect(isoDate('31/02/2024', '$.d', s)).toBeUndefined();
    expect(isoDate('demain', '$.d', s)).toBeUndefined();
    expect(isoDate('  ', '$.d', s)).toBeUndefined();
    expect(codes(s)).toEqual(['invalid_date', 'invalid_date']);
  });

  it('reads ACTIF from both exports', () => {
    const s = sink();
    expect(activeFlag('Oui', '$', s)).toBe(true);
    expect(activeFlag('INACTIVE', '$', s)).toBe(false);
    expect(activeFlag('Peut-être', '$', s)).toBeUndefined();
    expect(codes(s)).toEqual(['unknown_active_flag']);
  });

  it('drops repeated codes and the CSV export\'s "code : " label prefix', () => {
    const s = sink();
    const list = [
      { code: '326', label: '326 : Informatique' },
      { code: ' 114b', label: 'Modèles mathématiques' },
      { code: '326', label: 'Informatique' },
      { code: ' ' },
    ];
    expect(codeLabels(list, 'NSF', '$.nsf', s)).toEqual([
      { code: '326', label: 'Informatique' },
      { code: '114b', label: 'Modèles mathématiques' },
    ]);
    expect(s.warnings.map((w) => [w.code, w.path])).toEqual([['duplicate_code', '$.nsf[2].code']]);
  });
});
