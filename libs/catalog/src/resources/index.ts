export * from './catalog-resources.module';
