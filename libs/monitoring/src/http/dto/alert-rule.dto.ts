import { ApiProperty } from '@nestjs/swagger';
import { BooleanField, EnumField, IntField, StringField } from '@supply-brain/common';
import { SEVERITIES, THRESHOLD_TYPES } from '../../domain/alert-rules';
import { ALERT_METRICS } from '../../domain/metric-catalog';

const NAME_MAX_LENGTH = 200;
/** Listed alphabetically in the 422 message, as the original did. */
const ALERT_METRIC_CHOICES = [...ALERT_METRICS].sort();

export class CreateAlertRuleRequest {
  @StringField({ required: true, notBlank: true, maxLength: NAME_MAX_LENGTH })
  name: string;

  @EnumField(ALERT_METRIC_CHOICES, 'MonitoringAlertMetric', { required: true })
  metric: string;

  @EnumField(THRESHOLD_TYPES, 'AlertThresholdType', { required: true })
  threshold_type: string;

  @IntField({ required: true, min: 0 })
  threshold_value: number;

  @EnumField(SEVERITIES, 'AlertSeverity', { required: true })
  severity: string;

  @BooleanField({ description: 'Defaults to true' })
  is_active?: boolean;
}

/** Only the fields present change; an explicit null is a 422 (03 §5.6). */
export class UpdateAlertRuleRequest {
  @StringField({ notBlank: true, maxLength: NAME_MAX_LENGTH })
  name?: string;

  @EnumField(ALERT_METRIC_CHOICES, 'MonitoringAlertMetric')
  metric?: string;

  @EnumField(THRESHOLD_TYPES, 'AlertThresholdType')
  threshold_type?: string;

  @IntField({ min: 0 })
  threshold_value?: number;

  @EnumField(SEVERITIES, 'AlertSeverity')
  severity?: string;

  @BooleanField()
  is_active?: boolean;
}

const INT = { type: 'integer', format: 'int32' } as const;

export class AlertRuleResponse {
  @ApiProperty(INT) id: number;
  @ApiProperty() name: string;
  @ApiProperty() metric: string;
  @ApiProperty() threshold_type: string;
  @ApiProperty(INT) threshold_value: number;
  @ApiProperty() severity: string;
  @ApiProperty() is_active: boolean;
}

export class SeedAlertRulesResponse {
  @ApiProperty({ type: 'integer', format: 'int32', isArray: true }) created_ids: number[];
  @ApiProperty({ type: 'integer', format: 'int32', isArray: true }) skipped_ids: number[];
}
