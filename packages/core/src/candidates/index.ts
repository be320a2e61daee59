export * from './candidateSchema.ts';
export * from './decidedFile.ts';
export * from './evaluationItems.ts';
export * from './fileStates.ts';
export * from './onlineQuestionnaire.ts';
export * from './positioning.ts';
export * from './progress.ts';
export * from './vaeBooklet.ts';
