import { ApiProperty } from '@nestjs/swagger';
import { BooleanField, IntField, NumberField, StringField } from '@supply-brain/common';

export class PlanningSettingsCreate {
  @IntField({ required: true })
  article_id: number;

  @BooleanField({ description: 'true when omitted' })
  is_active?: boolean;

  @IntField({ required: true, min: 0 })
  min_fabric_batch: number;

  @IntField({ required: true, min: 0 })
  min_elastic_batch: number;

  @IntField({ required: true, min: 0 })
  alert_threshold_days: number;

  @IntField({ required: true, min: 0 })
  safety_stock_days: number;

  @NumberField({ required: true, greaterThan: 0, example: 1.2 })
  strictness: number;

  @StringField({ nullable: true, maxLength: 500 })
  notes?: string | null;
}

export class PlanningSettingsPatch {
  @IntField()
  article_id?: number;

  @BooleanField()
  is_active?: boolean;

  @IntField({ min: 0 })
  min_fabric_batch?: number;

  @IntField({ min: 0 })
  min_elastic_batch?: number;

  @IntField({ min: 0 })
  alert_threshold_days?: number;

  @IntField({ min: 0 })
  safety_stock_days?: number;

  @NumberField({ greaterThan: 0 })
  strictness?: number;

  @StringField({ nullable: true, maxLength: 500 })
  notes?: string | null;
}

export class PlanningSettingsRead {
  @ApiProperty({ type: 'integer', format: 'int32' })
  id: number;

  @ApiProperty({ type: 'integer', format: 'int32' })
  article_id: number;

  @ApiProperty()
  is_active: boolean;

  @ApiProperty({ type: 'integer', format: 'int32' })
  min_fabric_batch: number;

  @ApiProperty({ type: 'integer', format: 'int32' })
  min_elastic_batch: number;

  @ApiProperty({ type: 'integer', format: 'int32' })
  alert_threshold_days: number;

  @ApiProperty({ type: 'integer', format: 'int32' })
  safety_stock_days: number;

  @ApiProperty({ type: 'number', format: 'double' })
  strictness: number;

  @ApiProperty({ type: String, nullable: true, maxLength: 500 })
  notes: string | null;
}
