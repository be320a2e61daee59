export * from './organisation/roles.ts';
