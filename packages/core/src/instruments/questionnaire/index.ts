export * from './itemScore.ts';
export * from './mapResponse.ts';
export * from './questionnaireScore.ts';
export * from './responses.ts';
