// Every message the product sends, by name. A new message: one file in templates/ exporting a
// MailTemplate of its data, added here; sendMessage then types its data by the name.

import { type Composed, type Locale, siteOf } from './compose.ts';
import { certificateIssued } from './templates/certificateIssued.ts';
import { passwordReset } from './templates/passwordReset.ts';
import type { MailTemplate } from './templates/template.ts';

export const templates = {
  'password-reset': passwordReset,
  'certificate-issued': certificateIssued,
} as const;

export type TemplateName = keyof typeof templates;
export type TemplateData<N extends TemplateName> =
  (typeof templates)[N] extends MailTemplate<infer D> ? D : never;

/** A template's subject and blocks for its data, in a language, on the product's address. */
export function composeMessage<N extends TemplateName>(
  name: N,
  data: TemplateData<N>,
  locale: Locale,
  publicUrl: string,
): Composed {
  const template = templates[name] as MailTemplate<TemplateData<N>>;
  return template.compose(data, locale, siteOf(publicUrl));
}
