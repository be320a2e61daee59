// The achievement as a page for people (issue 18, item 3): what the certification is, how it is
// obtained, its blocs or domains (each with the anchor its result description id names, e.g.
// #result-BC01) and the CASE items it aligns to. Server-rendered, in French or English by the
// reader's Accept-Language; the certification's own words are the referential's (French).
import type { JsonObject } from '@certeval/core';
import { escapeHtml } from '../platform/mail/compose.ts';

const WORDS = {
  fr: {
    certificate: 'Certification',
    attestation: 'Attestation de compétences',
    criteria: 'Comment l’obtenir',
    units: 'Blocs et domaines évalués',
    alignments: 'Référentiel (CASE)',
    identifiers: 'Enregistrement',
    note: 'Réussite décrite dans les certificats numériques (Open Badges 3.0) qui la citent.',
  },
  en: {
    certificate: 'Certification',
    attestation: 'Skills attestation',
    criteria: 'How it is obtained',
    units: 'Assessed blocks and domains',
    alignments: 'Framework (CASE)',
    identifiers: 'Registration',
    note: 'Achievement described in the digital credentials (Open Badges 3.0) that cite it.',
  },
};

export type PageLanguage = keyof typeof WORDS;

/** English when the reader's first language is English, French otherwise. */
export const pageLanguage = (acceptLanguage: string | undefined): PageLanguage =>
  /^\s*en\b/i.test(acceptLanguage ?? '') ? 'en' : 'fr';

const html = (text: unknown) => escapeHtml(String(text ?? ''));

const list = <T>(value: unknown) => (Array.isArray(value) ? (value as T[]) : []);

/** The anchor of a result description id (`…#result-BC01` → `result-BC01`). */
const anchorOf = (id: unknown) => decodeURIComponent(String(id ?? '').split('#')[1] ?? '');

/** The HTML page of a published achievement (publishedAchievement of core). */
export function achievementPage(achievement: JsonObject, language: PageLanguage): string {
  const w = WORDS[language];
  const kind = achievement.achievementType === 'Certification' ? w.certificate : w.attestation;
  const criteria = (achievement.criteria as JsonObject | undefined)?.narrative;
  const units = list<JsonObject>(achievement.resultDescription)
    .map((d) => `<li id="${html(anchorOf(d.id))}">${html(d.name)}</li>`)
    .join('');
  const alignments = list<JsonObject>(achievement.alignment)
    .map((a) =>
      /^https?:\/\//.test(String(a.targetUrl))
        ? `<li><a href="${html(a.targetUrl)}">${html(a.targetName)}</a></li>`
        : `<li>${html(a.targetName)}</li>`,
    )
    .join('');
  const identifiers = [achievement.humanCode, achievement.fieldOfStudy]
    .filter((value) => typeof value === 'string')
    .map((value) => `<li>${html(value)}</li>`)
    .join('');
  return `<!doctype html>
<html lang="${language}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${html(achievement.name)}</title>
<link rel="alternate" type="application/ld+json" href="${html(achievement.id)}">
<style>body{font-family:system-ui,sans-serif;max-width:48rem;margin:2rem auto;padding:0 1rem;line-height:1.5}small{color:#555}</style>
</head>
<body>
<main>
<p><small>${html(kind)}</small></p>
<h1 lang="fr">${html(achievement.name)}</h1>
<p lang="fr">${html(achievement.description)}</p>
${identifiers ? `<h2>${w.identifiers}</h2><ul>${identifiers}</ul>` : ''}
<h2>${w.criteria}</h2>
<p lang="fr">${html(criteria)}</p>
<h2>${w.units}</h2>
<ul lang="fr">${units}</ul>
${alignments ? `<h2>${w.alignments}</h2><ul lang="fr">${alignments}</ul>` : ''}
<p><small>${w.note}</small></p>
</main>
</body>
</html>
`;
}
