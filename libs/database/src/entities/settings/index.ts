/** article/color/elastic/global planning settings, elastic_type, WB and MoySklad integration accounts. */
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export const SETTINGS_ENTITIES: Function[] = [];
