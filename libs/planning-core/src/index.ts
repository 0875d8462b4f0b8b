export * from './domain';
export * from './planning-core.module';
