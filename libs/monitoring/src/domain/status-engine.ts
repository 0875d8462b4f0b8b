import { ActiveAlert } from './alert-rules';

export type OverallStatus = 'ok' | 'warning' | 'critical';

export interface StatusSummary {
  overallStatus: OverallStatus;
  criticalAlerts: number;
  warningAlerts: number;
}

/** The three live values the fallback rules read (03 §2.10 rules 3–4). */
export interface LiveStatusInputs {
  riskCritical: number;
  wbAccountsActive: number;
  msAccountsActive: number;
}

/**
 * 03 §2.10, first match wins: a critical alert → critical; a warning alert → warning; a live
 * critical risk → warning (never critical); no active WB or MS account → warning; else ok.
 * Severities other than exactly "critical"/"warning" count in neither counter.
 */
export function decideStatus(alerts: readonly ActiveAlert[], live: LiveStatusInputs): StatusSummary {
  const criticalAlerts = alerts.filter((alert) => alert.severity === 'critical').length;
  const warningAlerts = alerts.filter((alert) => alert.severity === 'warning').length;
  let overallStatus: OverallStatus = 'ok';
  if (criticalAlerts > 0) overallStatus = 'critical';
  else if (warningAlerts > 0) overallStatus = 'warning';
  else if (live.riskCritical > 0) overallStatus = 'warning';
  else if (live.wbAccountsActive === 0 || live.msAccountsActive === 0) overallStatus = 'warning';
  return { overallStatus, criticalAlerts, warningAlerts };
}

/** History counts as stale when its latest record is older than 3 × the snapshot interval (03 §5.4), on the database clock. */
export function isHistoryStale(latestCreatedAt: Date | null, databaseNow: Date, snapshotIntervalMs: number): boolean {
  if (latestCreatedAt === null) return false;
  return databaseNow.getTime() - latestCreatedAt.getTime() > 3 * snapshotIntervalMs;
}
