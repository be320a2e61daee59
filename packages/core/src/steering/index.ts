export * from './steering.ts';
