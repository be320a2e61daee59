// Every template, in both languages, with its example data: no "undefined", "null", "NaN" or
// "[object" anywhere, every link on the product's public address, text escaped in the HTML.
import { describe, expect, it } from 'vitest';
import { escapeHtml, headerText, type Locale, render } from './compose.ts';
import { composeMessage, OPTIONAL_TEMPLATES, type TemplateName, templates } from './templates.ts';

/** Fields that are not free text (an enumeration, an id in a path): kept as the example has them. */
function pinned(name: TemplateName): object {
  const example = templates[name].example as unknown as Record<string, unknown>;
  const keep = [
    'kind',
    'role',
    'stage',
    'change',
    'date',
    'sessionDate',
    'decisionDate',
    'plannedDate',
    'start',
    'end',
    'venue',
    'summary',
  ];
  return Object.fromEntries(keep.filter((k) => k in example).map((k) => [k, example[k]]));
}

const PUBLIC = 'https://certeval.example.org';
const names = Object.keys(templates) as TemplateName[];

describe('mail templates', () => {
  for (const name of names) {
    for (const locale of ['fr', 'en'] as Locale[]) {
      it(`${name} (${locale}) renders its data and nothing undefined`, () => {
        const rendered = render(
          composeMessage(name, templates[name].example, locale, PUBLIC),
          locale,
          PUBLIC,
        );
        for (const part of [rendered.subject, rendered.text, rendered.html]) {
          expect(part).not.toMatch(/undefined|null|NaN|\[object/);
        }
        expect(rendered.links.length).toBeGreaterThan(0);
        for (const link of rendered.links) expect(link.startsWith(`${PUBLIC}/`)).toBe(true);
        expect(rendered.html).toContain(`lang="${locale}"`);
      });
    }
  }

  it('differ between French and English', () => {
    for (const name of names) {
      const fr = composeMessage(name, templates[name].example, 'fr', PUBLIC);
      const en = composeMessage(name, templates[name].example, 'en', PUBLIC);
      expect(fr.subject).not.toBe(en.subject);
    }
  });

  it('escape what the data says in the HTML part', () => {
    const data = { ...templates['certificate-issued'].example, holderName: '<b>Eve</b> & "co"' };
    const rendered = render(composeMessage('certificate-issued', data, 'fr', PUBLIC), 'fr', PUBLIC);
    expect(rendered.html).toContain('Bonjour &lt;b&gt;Eve&lt;/b&gt; &amp; &quot;co&quot;,');
    expect(rendered.html).not.toContain('<b>Eve</b>');
    expect(rendered.text).toContain('Bonjour <b>Eve</b> & "co",');
  });

  it('keep a link on the public address even when the data tries to leave it', () => {
    const data = { ...templates['certificate-issued'].example, number: '../../evil.example/x' };
    const rendered = render(composeMessage('certificate-issued', data, 'fr', PUBLIC), 'fr', PUBLIC);
    expect(rendered.links).toEqual([`${PUBLIC}/verifier/..%2F..%2Fevil.example%2Fx`]);
  });

  it('refuse to render a link elsewhere', () => {
    expect(() =>
      render(
        { subject: 's', blocks: [{ link: { label: 'x', url: 'https://evil.example/' } }] },
        'fr',
        PUBLIC,
      ),
    ).toThrow(/only link to/);
  });

  it('keep every subject on one line whatever text the data carries (header injection)', () => {
    const inject = (value: unknown): unknown => {
      if (typeof value === 'string') return `${value}\r\nBcc: intrus@exemple.test\n\u2028X`;
      if (Array.isArray(value) || value instanceof Date || value === null) return value;
      if (typeof value === 'object')
        return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, inject(v)]));
      return value;
    };
    for (const name of names) {
      for (const locale of ['fr', 'en'] as Locale[]) {
        const data = inject(templates[name].example) as never;
        // Some fields are names the product keeps to (a role, a kind): keep those valid.
        const safe = { ...(data as object), ...pinned(name) } as never;
        const rendered = render(composeMessage(name, safe, locale, PUBLIC), locale, PUBLIC);
        expect(rendered.subject).not.toMatch(/[\r\n\u2028]/);
        expect(rendered.subject.length).toBeGreaterThan(0);
      }
    }
  });

  it('name every template the procedure does not require as one a person may switch off', () => {
    expect(OPTIONAL_TEMPLATES.sort()).toEqual(['evaluation-to-do', 'questionnaire-assigned']);
  });

  it('put every header on one line', () => {
    expect(headerText('A\r\nBcc: b@c.d\u2028\tE')).toBe('A Bcc: b@c.d E');
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe(
      '&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;',
    );
  });
});
