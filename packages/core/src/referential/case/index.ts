export * from './caseProblems.ts';
export * from './caseTypes.ts';
export * from './exportCase.ts';
export * from './importCase.ts';
export { uuidV5 } from './uuid.ts';
export * from './vocabulary.ts';
