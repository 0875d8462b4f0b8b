import { Injectable } from '@nestjs/common';
import { AppConfig } from '@supply-brain/common';
import { TransactionHost } from '@supply-brain/database';
import { ActiveAlert, AlertRule, evaluateAlerts, MetricValues } from '../domain/alert-rules';
import { snapshotIntervalMs } from '../domain/snapshot-interval';
import { decideStatus, isHistoryStale, StatusSummary } from '../domain/status-engine';
import { AlertRuleRepository } from '../persistence/alert-rule.repository';
import { SnapshotRepository } from '../persistence/snapshot.repository';
import { LiveSnapshot, LiveSnapshotBuilder } from './live-snapshot.builder';
import { readRecord, SnapshotRecordView } from './snapshot-readings';

export type AlertsSource = 'history' | 'live';

/** Alerts with where their values came from (03 §5.4). */
export interface AlertEvaluation {
  alerts: ActiveAlert[];
  alertsSource: AlertsSource;
  /** `created_at` of the record used, or the live build time. */
  dataAsOf: Date;
  historyStale: boolean;
}

export interface MonitoringStatus extends StatusSummary, AlertEvaluation {
  /** The live snapshot's build time (request time). */
  updatedAt: Date;
}

export interface MonitoringDashboard {
  snapshot: LiveSnapshot;
  history: SnapshotRecordView[];
  rules: AlertRule[];
  status: MonitoringStatus;
}

const DASHBOARD_HISTORY_LIMIT = 30;

/**
 * Alerts, status and dashboard (03 §2.8–2.10) with at most one live build per request: alerts read
 * the latest record when there is one, otherwise the same live snapshot the status fallback uses.
 */
@Injectable()
export class MonitoringStatusService {
  constructor(
    private readonly tx: TransactionHost,
    private readonly config: AppConfig,
    private readonly builder: LiveSnapshotBuilder,
    private readonly snapshots: SnapshotRepository,
    private readonly rules: AlertRuleRepository,
  ) {}

  /** GET /alerts: builds a live snapshot only when there is no record. */
  alerts(): Promise<AlertEvaluation> {
    return this.tx.read(() => this.evaluate(undefined));
  }

  /** GET /status and bootstrap: one live snapshot for the fallback rules, reused for alerts when history is empty. */
  status(): Promise<MonitoringStatus> {
    return this.tx.read(async () => {
      const live = await this.builder.build();
      return this.statusFrom(live, await this.evaluate(live));
    });
  }

  dashboard(): Promise<MonitoringDashboard> {
    return this.tx.read(async () => {
      const live = await this.builder.build();
      const evaluation = await this.evaluate(live);
      const history = (await this.snapshots.newest({ limit: DASHBOARD_HISTORY_LIMIT })).map(readRecord);
      const rules = await this.rules.all();
      return { snapshot: live, history, rules, status: this.statusFrom(live, evaluation) };
    });
  }

  private statusFrom(live: LiveSnapshot, evaluation: AlertEvaluation): MonitoringStatus {
    const summary = decideStatus(evaluation.alerts, {
      riskCritical: live.values.risk_critical,
      wbAccountsActive: live.values.wb_accounts_active,
      msAccountsActive: live.values.ms_accounts_active,
    });
    return { ...summary, ...evaluation, updatedAt: live.builtAt };
  }

  /** 03 §2.9: the latest record's values however old (flagged when stale), else the live snapshot's. */
  private async evaluate(live: LiveSnapshot | undefined): Promise<AlertEvaluation> {
    const { latest, databaseNow } = await this.snapshots.latestWithClock();
    const activeRules = await this.rules.active();
    if (latest) {
      const record = readRecord(latest);
      return {
        alerts: evaluateAlerts(activeRules, record.values),
        alertsSource: 'history',
        dataAsOf: record.createdAt,
        historyStale: isHistoryStale(record.createdAt, databaseNow, this.snapshotIntervalMs()),
      };
    }
    const snapshot = live ?? (await this.builder.build());
    return { alerts: evaluateAlerts(activeRules, snapshot.values as MetricValues), alertsSource: 'live', dataAsOf: snapshot.builtAt, historyStale: false };
  }

  /**
   * The scheduler's cadence: `MONITORING_SNAPSHOT_CRON` belongs to the scheduling module's
   * configuration, so it is looked up by name and falls back to the 15-minute default.
   */
  private snapshotIntervalMs(): number {
    const read = this.config.get.bind(this.config) as (key: string) => unknown;
    const expression = read('MONITORING_SNAPSHOT_CRON');
    return snapshotIntervalMs(typeof expression === 'string' ? expression : undefined);
  }
}
