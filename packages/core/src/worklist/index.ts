export * from './deliberationBlockers.ts';
export * from './evaluatorTasks.ts';
export * from './nextStep.ts';
export * from './todo.ts';
