// The achievement page writes the referential's words as text, never as markup, and speaks the
// reader's language.
import { describe, expect, it } from 'vitest';
import { achievementPage, pageLanguage } from './achievementPage.ts';

const hostile = {
  id: 'https://certeval.example/api/public/achievements/x/certificate',
  achievementType: 'Certification',
  name: 'Titre <script>alert(1)</script>',
  description: 'Une "description" & plus',
  criteria: { narrative: '<img src=x onerror=alert(1)>' },
  resultDescription: [{ id: 'https://certeval.example/a#result-%3Cb%3E', name: 'Bloc <b> — x' }],
  alignment: [{ targetUrl: 'javascript:alert(1)" onclick="x', targetName: 'CASE' }],
};

describe('the achievement page', () => {
  it('escapes every word it is given', () => {
    const page = achievementPage(hostile, 'fr');
    expect(page).not.toContain('<script>');
    expect(page).not.toContain('<img');
    expect(page).not.toContain('<b>');
    expect(page).not.toContain('" onclick="');
    expect(page).not.toContain('href="javascript:');
    expect(page).toContain('Titre &lt;script&gt;alert(1)&lt;/script&gt;');
    expect(page).toContain('id="result-&lt;b&gt;"');
  });

  it('is in English when the reader asks for it first, in French otherwise', () => {
    expect(pageLanguage('en-GB,en;q=0.9')).toBe('en');
    expect(pageLanguage('fr-FR,en;q=0.5')).toBe('fr');
    expect(pageLanguage(undefined)).toBe('fr');
    expect(achievementPage(hostile, 'en')).toContain('How it is obtained');
  });
});
