import { ApiProperty } from '@nestjs/swagger';

/*
 * Wire shape of GET /planning/config-snapshot (01 §3.11). Every field is required; only the ones
 * marked nullable can be null (the original documented more as nullable but never sent null).
 * "experimental" groups the original's fields that no calculation used when it was written.
 */

const INT = { type: 'integer', format: 'int32' } as const;
const NULLABLE_INT = { ...INT, nullable: true } as const;

export class GlobalSettingsExperimental {
  @ApiProperty(INT)
  default_lead_time_days: number;

  @ApiProperty(INT)
  default_service_level_percent: number;

  @ApiProperty(INT)
  default_fabric_min_batch_qty: number;

  @ApiProperty(INT)
  default_elastic_min_batch_qty: number;
}

export class GlobalSettingsSnapshot {
  @ApiProperty({ ...INT, description: 'Forecast horizon of articles without their own target_coverage_days' })
  default_target_coverage_days: number;

  @ApiProperty({ type: GlobalSettingsExperimental })
  experimental: GlobalSettingsExperimental;
}

export class ArticlePlanningSettingsExperimental {
  @ApiProperty()
  include_in_planning: boolean;

  @ApiProperty(INT)
  priority: number;

  @ApiProperty(NULLABLE_INT)
  lead_time_days: number | null;

  @ApiProperty(NULLABLE_INT)
  service_level_percent: number | null;
}

export class ArticlePlanningSettingsSnapshot {
  @ApiProperty({ ...NULLABLE_INT, description: 'Forecast horizon override; null falls back to the global default' })
  target_coverage_days: number | null;

  @ApiProperty({ type: ArticlePlanningSettingsExperimental })
  experimental: ArticlePlanningSettingsExperimental;
}

export class PlanningSettingsExperimental {
  @ApiProperty(INT)
  alert_threshold_days: number;

  @ApiProperty(INT)
  safety_stock_days: number;

  @ApiProperty({ type: String, nullable: true })
  notes: string | null;
}

export class PlanningSettingsSnapshot {
  @ApiProperty()
  is_active: boolean;

  @ApiProperty(INT)
  min_fabric_batch: number;

  @ApiProperty(INT)
  min_elastic_batch: number;

  @ApiProperty({ type: 'number', format: 'double' })
  strictness: number;

  @ApiProperty({ type: PlanningSettingsExperimental })
  experimental: PlanningSettingsExperimental;
}

export class ColorSettingSnapshot {
  @ApiProperty(INT)
  color_id: number;

  @ApiProperty(NULLABLE_INT)
  fabric_min_batch_qty: number | null;
}

export class ElasticSettingSnapshot {
  @ApiProperty(INT)
  elastic_type_id: number;

  @ApiProperty()
  elastic_type_name: string;

  @ApiProperty(NULLABLE_INT)
  elastic_min_batch_qty: number | null;
}

export class ArticleConfigSnapshot {
  @ApiProperty(INT)
  article_id: number;

  @ApiProperty()
  article_code: string;

  @ApiProperty({ type: ArticlePlanningSettingsSnapshot, nullable: true })
  article_planning_settings: ArticlePlanningSettingsSnapshot | null;

  @ApiProperty({ type: PlanningSettingsSnapshot, nullable: true })
  planning_settings: PlanningSettingsSnapshot | null;

  @ApiProperty({ type: [ColorSettingSnapshot], description: 'Ascending color_id' })
  color_settings: ColorSettingSnapshot[];

  @ApiProperty({ type: [ElasticSettingSnapshot], description: 'Ascending elastic_type_id' })
  elastic_settings: ElasticSettingSnapshot[];
}

export class PlanningConfigSnapshotResponse {
  @ApiProperty({ type: GlobalSettingsSnapshot, nullable: true, description: 'null when no global row exists' })
  global_settings: GlobalSettingsSnapshot | null;

  @ApiProperty({ type: [ArticleConfigSnapshot], description: 'Ascending article_id' })
  articles: ArticleConfigSnapshot[];
}
