// Every message the product sends, by name. A new message: one file in templates/ exporting a
// MailTemplate of its data, added here; sendMessage then types its data by the name.

import { type Composed, type Locale, siteOf } from './compose.ts';
import { accountCreated } from './templates/accountCreated.ts';
import { bookletReopened } from './templates/bookletReopened.ts';
import { certificateIssued } from './templates/certificateIssued.ts';
import { certificateStatus } from './templates/certificateStatus.ts';
import { decisionSigned } from './templates/decisionSigned.ts';
import { evaluationToDo } from './templates/evaluationToDo.ts';
import { invitation } from './templates/invitation.ts';
import { juryConvocation } from './templates/juryConvocation.ts';
import { passwordReset } from './templates/passwordReset.ts';
import { questionnaireAssigned } from './templates/questionnaireAssigned.ts';
import type { MailTemplate } from './templates/template.ts';

export const templates = {
  'password-reset': passwordReset,
  'account-created': accountCreated,
  invitation,
  'jury-convocation': juryConvocation,
  'questionnaire-assigned': questionnaireAssigned,
  'booklet-reopened': bookletReopened,
  'evaluation-to-do': evaluationToDo,
  'decision-signed': decisionSigned,
  'certificate-issued': certificateIssued,
  'certificate-status': certificateStatus,
} as const;

export type TemplateName = keyof typeof templates;
export type TemplateData<N extends TemplateName> =
  (typeof templates)[N] extends MailTemplate<infer D, boolean> ? D : never;
/** The templates whose recipient may switch them off. */
export type OptionalTemplate = {
  [K in TemplateName]: (typeof templates)[K]['optional'] extends true ? K : never;
}[TemplateName];

/** A template's subject and blocks for its data, in a language, on the product's address. */
export function composeMessage<N extends TemplateName>(
  name: N,
  data: TemplateData<N>,
  locale: Locale,
  publicUrl: string,
): Composed {
  const template = templates[name] as MailTemplate<TemplateData<N>, boolean>;
  return template.compose(data, locale, siteOf(publicUrl));
}

/** The templates a person may switch off (not required by the procedure). */
export const OPTIONAL_TEMPLATES = (Object.keys(templates) as TemplateName[]).filter(
  (name): name is OptionalTemplate => templates[name].optional,
);
