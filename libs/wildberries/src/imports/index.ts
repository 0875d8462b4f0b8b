export * from './wb-imports.module';
