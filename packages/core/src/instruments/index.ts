export * from './coverage.ts';
export * from './formSchema.ts';
export * from './jsonSchema.ts';
export * from './observationGrid.ts';
export * from './parse.ts';
export * from './problems.ts';
export * from './schema.ts';
export * from './validate.ts';
