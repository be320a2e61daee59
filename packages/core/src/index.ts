export * from './candidates/index.ts';
export * from './credentials/index.ts';
export * from './deliberation/index.ts';
export * from './evaluation/index.ts';
export * from './instruments/index.ts';
export * from './jury/index.ts';
export * from './organisation/roles.ts';
export * from './referential/index.ts';
