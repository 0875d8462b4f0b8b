/** WB data, purchase orders, WB shipments, monitoring snapshots and alert rules. */
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export const OPERATIONS_ENTITIES: Function[] = [];
