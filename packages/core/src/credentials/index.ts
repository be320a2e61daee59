export * from './checkStructure.ts';
export * from './openBadgeCredential.ts';
export * from './statusList.ts';
export * from './structureProblems.ts';
export * from './verification.ts';
