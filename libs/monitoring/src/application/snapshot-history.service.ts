import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@supply-brain/database';
import { isTimeseriesMetric } from '../domain/metric-catalog';
import { buildSeries, MetricSeries, selectTimeseriesMetrics } from '../domain/timeseries';
import { RecordWindow, SnapshotRepository } from '../persistence/snapshot.repository';
import { readRecord, SnapshotRecordView } from './snapshot-readings';

export interface TimeseriesResult {
  items: MetricSeries[];
  ignoredMetrics: string[];
}

/** Reads of the stored snapshot records: history and timeseries (03 §1.3, §1.4). */
@Injectable()
export class SnapshotHistoryService {
  constructor(
    private readonly tx: TransactionHost,
    private readonly snapshots: SnapshotRepository,
  ) {}

  /** The newest records of the window, newest first. */
  async history(window: RecordWindow): Promise<SnapshotRecordView[]> {
    return (await this.snapshots.newest(window)).map(readRecord);
  }

  /** One series per requested catalog metric, in request order; unknown ids come back as ignored. */
  async timeseries(requested: readonly string[], window: RecordWindow): Promise<TimeseriesResult> {
    const selection = selectTimeseriesMetrics(requested, isTimeseriesMetric);
    if (selection.metrics.length === 0) return { items: [], ignoredMetrics: selection.ignored };
    const readings = await this.tx.read(() => this.history(window));
    return { items: buildSeries(selection.metrics, readings), ignoredMetrics: selection.ignored };
  }
}
