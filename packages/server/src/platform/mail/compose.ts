// What a template writes and how it becomes a message: a subject and a few kinds of blocks
// (paragraphs, facts, a link to the product), rendered to plain text and to escaped HTML from
// the same blocks. Text never reaches the HTML unescaped, a link never leaves the product's
// public address, and no line break ever reaches a header: each is true by construction here.

export type Locale = 'fr' | 'en';

export type Block =
  | { paragraph: string }
  | { facts: Array<[label: string, value: string]> }
  | { link: { label: string; url: string } }
  | { note: string };

export interface Composed {
  subject: string;
  blocks: Block[];
}

export interface Rendered {
  subject: string;
  text: string;
  html: string;
  /** Every link of the message, in order (the outbox shows them). */
  links: string[];
}

/** The product as a template sees it: its name and the public address of a path. */
export interface Site {
  url(path: string): string;
}

export function siteOf(publicUrl: string): Site {
  const base = publicUrl.replace(/\/+$/, '');
  return { url: (path) => `${base}/${path.replace(/^\/+/, '')}` };
}

/** One line for a header: control characters (CR, LF, tab…) become spaces, spaces collapse. */
export function headerText(value: string): string {
  return value
    .replace(/[\p{Cc}\u2028\u2029]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

export function escapeHtml(value: string): string {
  return value
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;');
}

function assertOwnLink(publicUrl: string, url: string) {
  const base = publicUrl.replace(/\/+$/, '');
  if (url !== base && !url.startsWith(`${base}/`)) {
    throw new Error(`A message may only link to ${base}, not to ${url}.`);
  }
}

const textOf = (block: Block): string => {
  if ('paragraph' in block) return block.paragraph;
  if ('note' in block) return block.note;
  if ('facts' in block)
    return block.facts.map(([label, value]) => `${label} : ${value}`).join('\n');
  return `${block.link.label} :\n${block.link.url}`;
};

const htmlOf = (block: Block): string => {
  if ('paragraph' in block) return `<p>${escapeHtml(block.paragraph)}</p>`;
  if ('note' in block) return `<p style="color:#555;font-size:13px">${escapeHtml(block.note)}</p>`;
  if ('facts' in block) {
    const rows = block.facts
      .map(
        ([label, value]) =>
          `<tr><th align="left" style="padding:2px 12px 2px 0">${escapeHtml(label)}</th><td>${escapeHtml(value)}</td></tr>`,
      )
      .join('');
    return `<table role="presentation">${rows}</table>`;
  }
  const { label, url } = block.link;
  return `<p><a href="${escapeHtml(url)}" style="background:#1c7ed6;color:#fff;padding:10px 16px;border-radius:4px;text-decoration:none">${escapeHtml(label)}</a></p><p style="font-size:13px">${escapeHtml(url)}</p>`;
};

export function render(composed: Composed, locale: Locale, publicUrl: string): Rendered {
  const links = composed.blocks.flatMap((b) => ('link' in b ? [b.link.url] : []));
  for (const url of links) assertOwnLink(publicUrl, url);
  const subject = headerText(composed.subject);
  const text = `${composed.blocks.map(textOf).join('\n\n')}\n\n-- \nCerteval — ${publicUrl}\n`;
  const html = [
    '<!doctype html>',
    `<html lang="${locale}"><head><meta charset="utf-8"><title>${escapeHtml(subject)}</title></head>`,
    '<body style="font-family:Arial,sans-serif;font-size:15px;line-height:1.5;color:#222;max-width:600px">',
    ...composed.blocks.map(htmlOf),
    `<hr><p style="color:#777;font-size:12px">Certeval — <a href="${escapeHtml(publicUrl)}">${escapeHtml(publicUrl)}</a></p>`,
    '</body></html>',
  ].join('\n');
  return { subject, text, html, links };
}
