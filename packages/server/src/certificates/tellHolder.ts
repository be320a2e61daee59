// The message to a holder whose document was just issued (template "certificate-issued"), with
// the document's PDF attached, queued in the chunk's transaction: it goes out only if the
// document is committed, and once per document.
import type { Context } from '../platform/context.ts';
import type { Db } from '../platform/db/open.ts';
import { AppError } from '../platform/errors.ts';
import { sendMessage } from '../platform/mail/sendMessage.ts';
import type { IssuedDocument } from './issueCertificates.ts';
import { renderCertificatePdf } from './paper/renderCertificatePdf.ts';

export async function tellHolder(
  ctx: Context,
  tx: Db,
  document: IssuedDocument,
  by: { organisationId: string; requestedBy: string },
): Promise<void> {
  const { data } = document;
  const to = document.holderUserId
    ? { userId: document.holderUserId }
    : document.holderEmail
      ? { email: document.holderEmail, name: data.holder.name, locale: 'fr' as const }
      : undefined;
  if (!to) return;
  try {
    await sendMessage(ctx, tx, {
      template: 'certificate-issued',
      to,
      data: {
        holderName: data.holder.name,
        kind: data.kind,
        number: data.number,
        certificationTitle: data.certification.title,
        decisionDate: data.decision.date,
        certifierName: data.certifier.name,
      },
      key: document.id,
      organisationId: by.organisationId,
      requestedBy: by.requestedBy,
      attachments: [
        {
          fileName: `${data.number}.pdf`,
          contentType: 'application/pdf',
          content: renderCertificatePdf(data),
        },
      ],
    });
  } catch (error) {
    // A holder's address that is not one (checked before anything is written) costs them the
    // message, never the document.
    if (!(error instanceof AppError && error.code === 'validation_failed')) throw error;
  }
}
