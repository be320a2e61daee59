export * from './certificateCredential.ts';
export * from './certificateData.ts';
export * from './certificateNumber.ts';
export * from './certificateWording.ts';
export * from './documentFollowsDecision.ts';
export * from './publishedAchievement.ts';
export * from './statistics.ts';
