import { ApiKey } from './api-key.entity';

export * from './api-key.entity';

// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export const ACCESS_ENTITIES: Function[] = [ApiKey];
