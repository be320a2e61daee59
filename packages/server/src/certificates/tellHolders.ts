// The messages to the holders whose documents a chunk just issued (template
// "certificate-issued"), each with its document's PDF attached, queued in the chunk's
// transaction: they go out only if the documents are committed, and once per document.
import type { Context } from '../platform/context.ts';
import type { Db } from '../platform/db/open.ts';
import { isAddress, type OutgoingMessage, sendMessages } from '../platform/mail/sendMessage.ts';
import type { IssuedDocument } from './issueCertificates.ts';
import { renderCertificatePdf } from './paper/renderCertificatePdf.ts';

type Message = OutgoingMessage<'certificate-issued'>;

function recipientOf(document: IssuedDocument): Message['to'] | undefined {
  if (document.holderUserId) return { userId: document.holderUserId };
  // A holder's address that is not one costs them the message, never the document.
  if (document.holderEmail && isAddress(document.holderEmail)) {
    return { email: document.holderEmail, name: document.data.holder.name, locale: 'fr' };
  }
  return undefined;
}

export async function tellHolders(
  ctx: Context,
  tx: Db,
  documents: IssuedDocument[],
  by: { organisationId: string; requestedBy: string },
): Promise<void> {
  const messages = documents.flatMap((document): Message[] => {
    const to = recipientOf(document);
    const { data } = document;
    if (!to) return [];
    return [
      {
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
      },
    ];
  });
  await sendMessages(ctx, tx, messages);
}
