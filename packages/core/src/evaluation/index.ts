export * from './countsAs.ts';
export * from './deliberateRecord.ts';
export * from './evidenceFromRecord.ts';
export * from './itemResult.ts';
export * from './jsonSchema.ts';
export * from './problems.ts';
export * from './recordSchema.ts';
export * from './validateRecord.ts';
