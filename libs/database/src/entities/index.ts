import { ACCESS_ENTITIES } from './access';
import { CATALOG_ENTITIES } from './catalog';
import { OPERATIONS_ENTITIES } from './operations';
import { PLANNING_CORE_ENTITIES } from './planning-core';
import { SETTINGS_ENTITIES } from './settings';

export * from './access';
export * from './catalog';
export * from './operations';
export * from './planning-core';
export * from './settings';

/** Every table's entity; the shared data layer owns them, the bounded contexts read and write through them. */
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export const ALL_ENTITIES: Function[] = [...CATALOG_ENTITIES, ...SETTINGS_ENTITIES, ...OPERATIONS_ENTITIES, ...ACCESS_ENTITIES, ...PLANNING_CORE_ENTITIES];
