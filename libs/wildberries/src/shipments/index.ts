export * from './wb-shipments.module';
export * from './application/shipment';
export * from './application/shipment-reader.service';
export * from './http/dto/shipment.responses';
export { toShipmentRead } from './http/shipment.mapper';
