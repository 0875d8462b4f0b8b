import { Article, PlanningSettings } from '@supply-brain/database';
import { PlanningSettingsCreate, PlanningSettingsPatch, PlanningSettingsRead } from '../http/dto/planning-settings.dto';
import { CatalogResourceDefinition } from './resource-definition';

export const PLANNING_SETTINGS_RESOURCE: CatalogResourceDefinition<
  PlanningSettings,
  PlanningSettingsCreate,
  PlanningSettingsPatch,
  PlanningSettingsRead
> = {
  path: 'planning-settings',
  tag: 'Planning settings',
  names: { one: 'PlanningSettings', many: 'PlanningSettings' },
  entity: PlanningSettings,
  dto: { create: PlanningSettingsCreate, patch: PlanningSettingsPatch, read: PlanningSettingsRead },
  fields: {
    article_id: { property: 'articleId', references: { entity: Article, noun: 'article' } },
    is_active: { property: 'isActive', createDefault: true },
    min_fabric_batch: { property: 'minFabricBatch' },
    min_elastic_batch: { property: 'minElasticBatch' },
    alert_threshold_days: { property: 'alertThresholdDays' },
    safety_stock_days: { property: 'safetyStockDays' },
    strictness: { property: 'strictness' },
    notes: { property: 'notes', createDefault: null },
  },
  uniques: [{ properties: ['articleId'], message: 'PlanningSettings for this article already exists' }],
  notFoundMessage: 'PlanningSettings not found',
  toRead: (row) => ({
    id: row.id,
    article_id: row.articleId,
    is_active: row.isActive,
    min_fabric_batch: row.minFabricBatch,
    min_elastic_batch: row.minElasticBatch,
    alert_threshold_days: row.alertThresholdDays,
    safety_stock_days: row.safetyStockDays,
    strictness: row.strictness,
    notes: row.notes,
  }),
};
