export * from './checkStructure.ts';
export * from './identityHash.ts';
export * from './openBadgeCredential.ts';
export * from './statusList.ts';
export * from './structureProblems.ts';
export * from './verdict.ts';
export * from './verification.ts';
