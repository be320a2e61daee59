import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { en } from '../../i18n/en.ts';
import { fr } from '../../i18n/fr.ts';
import { documentKindKey } from './certificateTexts.ts';

const i18n = i18next.createInstance();
beforeAll(async () => {
  await i18n.init({ resources: { fr: { translation: fr }, en: { translation: en } }, lng: 'fr' });
});

describe('the name of a document', () => {
  it('names an attestation after its units: blocs on the VAE route, domains otherwise', () => {
    const name = (kind: 'certificate' | 'attestation', unitKind: 'bloc' | 'domain', lng = 'fr') =>
      i18n.t(documentKindKey({ kind, unitKind }), { lng });
    expect(name('attestation', 'bloc')).toBe('Attestation de blocs de compétences');
    expect(name('attestation', 'domain')).toBe('Attestation de domaines de compétences');
    expect(name('attestation', 'domain', 'en')).toBe('Attestation of competence domains');
    expect(name('certificate', 'bloc')).toBe('Certificat (parchemin)');
  });
});
