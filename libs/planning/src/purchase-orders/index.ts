export * from './purchase-orders.module';
