// A one-field form for the tests of fields.test.ts.
import { Type } from 'typebox';
import { FilledText } from './fields.ts';
import { formCheck } from './formProblems.ts';

const check = formCheck(Type.Object({ title: FilledText(200) }));

/** The French sentences of a form whose only field is a filled text holding `title`. */
export const checkBlankOrMissing = (title: unknown) =>
  check(title === undefined ? {} : { title }).map((p) => p.message.fr);
