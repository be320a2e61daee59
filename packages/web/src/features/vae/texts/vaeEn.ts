// English texts of the VAE booklet: every key of vaeFr.ts.
import type { vaeFr } from './vaeFr.ts';

export const vaeEn: typeof vaeFr = {
  page: {
    title: 'Descriptive activity booklet',
    of: 'Booklet of {{name}}',
    intro:
      'Describe your activities, mission by mission, with examples of your work. The jury reads your booklet before the interview that follows your oral presentation.',
    saved: 'Every answer is saved as you write: you can resume later.',
    notVae: 'Your pathway is not a VAE: you have no descriptive activity booklet to fill in.',
    back: 'Back to the file',
    section: '{{id}} — {{title}}',
    answerLabel: 'Your answer',
    answerOf: 'The candidate’s answer',
    noAnswer: 'No answer.',
    submittedOn: 'Booklet submitted to the jury on {{date}}: it can no longer change.',
    draft: 'The candidate is still writing the booklet.',
  },
  status: {
    draft: 'Being written',
    submitted: 'Submitted to the jury',
  },
  documents: {
    title: 'Technical documents',
    intro:
      'If you wish, attach documents that show your work: PDF, PNG or JPEG images, office documents (Word, Excel, PowerPoint, OpenDocument), at most {{size}} MB each.',
    none: 'No document attached.',
    file: 'Document to attach',
    section: 'Relates to',
    anySection: 'The whole booklet',
    attach: 'Attach the document',
    attached: '“{{name}}” is attached to the booklet.',
    remove: 'Remove',
    removeNamed: 'Remove “{{name}}”',
    removed: '“{{name}}” is removed from the booklet.',
    download: 'Download “{{name}}”',
    size: '{{size}} KB',
    listCaption: 'Documents attached to the booklet',
    name: 'Document',
    where: 'Section',
    weight: 'Size',
    actions: 'Actions',
  },
  submit: {
    title: 'Submit the booklet to the jury',
    allAnswered: 'You answered every question.',
    unanswered_one: '{{count}} question has no answer: answer it before submitting the booklet.',
    unanswered_other:
      '{{count}} questions have no answer: answer them before submitting the booklet.',
    button: 'Submit the booklet',
    confirmText:
      'Once submitted, your booklet and its documents can no longer change, and your file goes before the jury. Submit the booklet?',
    confirm: 'Confirm and submit',
    cancel: 'Keep writing',
    notSaved: 'Your last answers are not saved yet: try again in a moment.',
    done: 'Your booklet is submitted to the jury.',
  },
  conflict: {
    title: 'Your booklet changed in another tab',
    message:
      'Another tab or device saved your booklet since this page was opened. This page’s last answers were not sent.',
    reload: 'Reload my booklet',
    confirmReload: 'This page’s unsaved answers will be lost. Reload?',
    confirm: 'Reload',
    keep: 'Keep this page',
  },
  jury: {
    title: 'The candidate’s booklet',
    intro:
      'Under each question, the answer the candidate wrote in their descriptive activity booklet.',
    notSubmitted: 'The candidate has not submitted their booklet yet.',
    evidenceTitle: 'In the candidate’s booklet',
    evidenceHint: 'The booklet’s answers that support this line.',
    noAnswer: 'No answer to this question yet.',
    supports: 'Supports these lines of the jury’s grid:',
  },
  reopen: {
    button: 'Re-open the booklet',
    title: 'Re-open the booklet submitted to the jury',
    intro:
      'The candidate will be able to change their booklet and its documents again, then submit it to the jury; until then, their file is no longer before the jury. The reason is recorded in the audit trail and shown to the candidate.',
    reason: 'Reason for re-opening',
    confirm: 'Re-open the booklet',
    cancel: 'Cancel',
    notice: 'Booklet re-opened on {{date}} by {{name}}: “{{reason}}”',
    toCandidate: 'Complete it, then submit it to the jury again.',
  },
  open: 'VAE booklet',
};
