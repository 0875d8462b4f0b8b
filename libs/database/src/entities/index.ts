/** Every table's entity; the shared data layer owns them, the bounded contexts read and write through them. */
export const ALL_ENTITIES: Function[] = [];
