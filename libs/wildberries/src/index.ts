export * from './wildberries.module';
