export * from './steering.ts';
export * from './steeringForms.ts';
