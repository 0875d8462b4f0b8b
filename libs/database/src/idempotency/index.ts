export * from './canonical-json';
export * from './idempotency-key.header';
export * from './idempotency-key.repository';
export * from './idempotency.service';
