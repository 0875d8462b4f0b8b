import { Injectable, Logger } from '@nestjs/common';
import { TransactionHost } from '@supply-brain/database';
import { ArticleSnapshotService } from '../../analytics';
import { BundleRiskEntry, bundleRiskEntry, withoutCapacityFromSingles } from '../domain/bundle-risk';
import { riskThresholds } from '../domain/risk-level';
import { BundleRiskRepository } from '../persistence/bundle-risk.repository';

export interface BundleRiskOptions {
  /** Build the human-readable trace of each entry (default true); internal consumers can skip it. */
  explanation?: boolean;
}

/** The selected ids de-duplicated, first occurrence kept, in the given order (02 §4.8). */
const distinctInOrder = (ids: number[]): number[] => [...new Set(ids)];

/** C7, the bundle risk portfolio (02 §4.7): every bundle coverage entry of the selected articles with its risk level. */
@Injectable()
export class BundleRiskService {
  private readonly logger = new Logger(BundleRiskService.name);

  constructor(
    private readonly tx: TransactionHost,
    private readonly snapshots: ArticleSnapshotService,
    private readonly repository: BundleRiskRepository,
  ) {}

  /**
   * Entries grouped by article in selection order, then by ascending bundle type id. Absent or null
   * `articleIds` selects the active articles by ascending id; given ids are taken as they are
   * (inactive ones included) and unknown ones skipped. A constant number of statements, in one read transaction.
   */
  portfolio(articleIds?: number[] | null, options: BundleRiskOptions = {}): Promise<BundleRiskEntry[]> {
    return this.tx.read(async () => {
      const selection = articleIds == null ? await this.repository.activeArticleIds() : distinctInOrder(articleIds);
      if (selection.length === 0) return [];
      return this.riskEntriesOf(selection, options);
    });
  }

  /** Entries of the given articles, in the order given; unknown ids contribute nothing. */
  riskEntriesOf(articleIds: number[], options: BundleRiskOptions = {}): Promise<BundleRiskEntry[]> {
    const withExplanation = options.explanation ?? true;
    return this.tx.read(async () => {
      const snapshots = await this.snapshots.snapshotsOf(articleIds);
      if (snapshots.length === 0) return [];
      const existing = snapshots.map((snapshot) => snapshot.articleId);
      const settings = new Map((await this.repository.thresholds(existing)).map((row) => [row.articleId, row]));
      const broken = new Set(
        (await this.repository.recipesOfMissingBundleTypes(existing)).map((row) => `${row.articleId}:${row.bundleTypeId}`),
      );
      const entriesOf = new Map<number, BundleRiskEntry[]>();
      for (const snapshot of snapshots) {
        const thresholds = riskThresholds(settings.get(snapshot.articleId));
        entriesOf.set(
          snapshot.articleId,
          snapshot.bundleCoverage.map((coverage) => {
            if (broken.has(`${snapshot.articleId}:${coverage.bundleTypeId}`)) {
              this.logger.warn(`Article ${snapshot.articleId}: recipe of missing bundle type ${coverage.bundleTypeId}; its capacity counts 0`);
              coverage = withoutCapacityFromSingles(coverage);
            }
            return bundleRiskEntry(snapshot, coverage, thresholds, withExplanation);
          }),
        );
      }
      return distinctInOrder(articleIds).flatMap((articleId) => entriesOf.get(articleId) ?? []);
    });
  }
}
