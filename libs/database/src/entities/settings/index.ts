import { ArticlePlanningSettings } from './article-planning-settings.entity';
import { ColorPlanningSettings } from './color-planning-settings.entity';
import { ElasticPlanningSettings } from './elastic-planning-settings.entity';
import { ElasticType } from './elastic-type.entity';
import { GlobalPlanningSettings } from './global-planning-settings.entity';
import { MoyskladIntegrationAccount } from './moysklad-integration-account.entity';
import { WbIntegrationAccount } from './wb-integration-account.entity';

export * from './article-planning-settings.entity';
export * from './color-planning-settings.entity';
export * from './elastic-type.entity';
export * from './elastic-planning-settings.entity';
export * from './global-planning-settings.entity';
export * from './integration-account.columns';
export * from './wb-integration-account.entity';
export * from './moysklad-integration-account.entity';

/** article/color/elastic/global planning settings, elastic_type, WB and MoySklad integration accounts. */
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export const SETTINGS_ENTITIES: Function[] = [
  ArticlePlanningSettings,
  ColorPlanningSettings,
  ElasticType,
  ElasticPlanningSettings,
  GlobalPlanningSettings,
  WbIntegrationAccount,
  MoyskladIntegrationAccount,
];
