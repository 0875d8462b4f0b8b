export * from './planning.module';
export * from './analytics';
