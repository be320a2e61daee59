export * from './cdcSettings.ts';
export * from './declaration.ts';
export * from './parisTime.ts';
export * from './passage.ts';
