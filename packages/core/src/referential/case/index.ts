export { type CaseCsvResult, type CsvProblem, importCaseCsv } from './caseCsv.ts';
export * from './caseProblems.ts';
export * from './caseTypes.ts';
export * from './caseUri.ts';
export * from './exportCase.ts';
export * from './identity.ts';
export * from './importCase.ts';
export { isUuid, uuidV5 } from './uuid.ts';
export * from './vocabulary.ts';
