// The failure shape of every 1EdTech REST binding, CASE 1.1's included (imsx_StatusInfo): a
// major code, a severity, a description and the minor code naming what went wrong. The
// description carries the French and the English sentence, as the binding has one text only.
export type ImsxMinorCode =
  | 'unknownobject'
  | 'invalid_selection_field'
  | 'server_busy'
  | 'internal_server_error';

export function imsxStatus(code: ImsxMinorCode, description: string, field = 'sourcedId') {
  return {
    imsx_codeMajor: 'failure',
    imsx_severity: 'error',
    imsx_description: description,
    imsx_codeMinor: {
      imsx_codeMinorField: [{ imsx_codeMinorFieldName: field, imsx_codeMinorFieldValue: code }],
    },
  };
}
