export * from './candidates/index.ts';
export * from './credentials/index.ts';
export * from './deliberation/index.ts';
export * from './evaluation/index.ts';
export * from './forms/formProblems.ts';
export * from './instruments/index.ts';
export * from './jury/index.ts';
export * from './organisation/emailAddress.ts';
export * from './organisation/invitations.ts';
export * from './organisation/roles.ts';
export * from './organisation/siret.ts';
export * from './organisation/timeZone.ts';
// Issue 19, item 5: personal data, its retention rules and erasure.
export * from './personalData/index.ts';
export * from './referential/index.ts';
export * from './spreadsheet/cells.ts';
export * from './steering/index.ts';
export * from './worklist/index.ts';
