export * from './erasure.ts';
export * from './retention.ts';
export * from './retentionRules.ts';
export * from './scrubIdentity.ts';
