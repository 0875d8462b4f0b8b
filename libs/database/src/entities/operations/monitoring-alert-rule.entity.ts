import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** Raises an alert when a monitoring metric is above or below a threshold. */
@Entity({ name: 'monitoring_alert_rules' })
export class MonitoringAlertRule {
  @PrimaryGeneratedColumn({ name: 'id', type: 'integer' })
  id: number;

  @Column({ name: 'name', type: 'varchar' })
  name: string;

  /** A metric id of the monitoring catalog, e.g. `risk_critical`. */
  @Column({ name: 'metric', type: 'varchar' })
  metric: string;

  /** `above` or `below`. */
  @Column({ name: 'threshold_type', type: 'varchar' })
  thresholdType: string;

  @Column({ name: 'threshold_value', type: 'integer' })
  thresholdValue: number;

  /** `warning` or `critical`. */
  @Column({ name: 'severity', type: 'varchar' })
  severity: string;

  @Column({ name: 'is_active', type: 'boolean', default: true })
  isActive: boolean;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt: Date;

  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'now()' })
  updatedAt: Date;
}
