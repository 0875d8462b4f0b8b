import {
  ArticleConfig,
  ArticleOverrides,
  ArticlePlanningParameters,
  ConfigSnapshot,
  GlobalDefaults,
} from '../domain/config-snapshot';
import {
  ArticleConfigSnapshot,
  ArticlePlanningSettingsSnapshot,
  GlobalSettingsSnapshot,
  PlanningConfigSnapshotResponse,
  PlanningSettingsSnapshot,
} from './dto/config-snapshot.response';

function globalSettings(defaults: GlobalDefaults): GlobalSettingsSnapshot {
  return {
    default_target_coverage_days: defaults.targetCoverageDays,
    experimental: {
      default_lead_time_days: defaults.leadTimeDays,
      default_service_level_percent: defaults.serviceLevelPercent,
      default_fabric_min_batch_qty: defaults.fabricMinBatchQty,
      default_elastic_min_batch_qty: defaults.elasticMinBatchQty,
    },
  };
}

function articlePlanningSettings(overrides: ArticleOverrides): ArticlePlanningSettingsSnapshot {
  return {
    target_coverage_days: overrides.targetCoverageDays,
    experimental: {
      include_in_planning: overrides.includeInPlanning,
      priority: overrides.priority,
      lead_time_days: overrides.leadTimeDays,
      service_level_percent: overrides.serviceLevelPercent,
    },
  };
}

function planningSettings(parameters: ArticlePlanningParameters): PlanningSettingsSnapshot {
  return {
    is_active: parameters.isActive,
    min_fabric_batch: parameters.minFabricBatch,
    min_elastic_batch: parameters.minElasticBatch,
    strictness: parameters.strictness,
    experimental: {
      alert_threshold_days: parameters.alertThresholdDays,
      safety_stock_days: parameters.safetyStockDays,
      notes: parameters.notes,
    },
  };
}

function articleConfig(config: ArticleConfig): ArticleConfigSnapshot {
  return {
    article_id: config.article.id,
    article_code: config.article.code,
    article_planning_settings: config.overrides && articlePlanningSettings(config.overrides),
    planning_settings: config.parameters && planningSettings(config.parameters),
    color_settings: config.colors.map((row) => ({ color_id: row.colorId, fabric_min_batch_qty: row.fabricMinBatchQty })),
    elastic_settings: config.elastics.map((row) => ({
      elastic_type_id: row.elasticTypeId,
      elastic_type_name: row.elasticTypeName,
      elastic_min_batch_qty: row.elasticMinBatchQty,
    })),
  };
}

export function toConfigSnapshotResponse(snapshot: ConfigSnapshot): PlanningConfigSnapshotResponse {
  return {
    global_settings: snapshot.global && globalSettings(snapshot.global),
    articles: snapshot.articles.map(articleConfig),
  };
}
