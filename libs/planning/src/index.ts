export * from './planning.module';
export * from './analytics';
export * from './risk';
export * from './explanation';
export * from './portfolio';
