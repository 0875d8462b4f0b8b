import { Injectable } from '@nestjs/common';
import { NotFoundError } from '@supply-brain/common';
import { TransactionHost } from '@supply-brain/database';
import { AlertRule, BASELINE_RULES, matchesBaseline, NewAlertRule } from '../domain/alert-rules';
import { AlertRuleRepository } from '../persistence/alert-rule.repository';

export interface SeedResult {
  createdIds: number[];
  skippedIds: number[];
}

const RULE_NOT_FOUND = 'Alert rule not found';

/** Alert-rule CRUD and the baseline seed (03 §1.11–1.15). Inputs arrive validated by the HTTP layer. */
@Injectable()
export class AlertRulesService {
  constructor(
    private readonly tx: TransactionHost,
    private readonly rules: AlertRuleRepository,
  ) {}

  list(): Promise<AlertRule[]> {
    return this.rules.all();
  }

  create(rule: NewAlertRule): Promise<AlertRule> {
    return this.tx.write(() => this.rules.create(rule));
  }

  update(id: number, changes: Partial<NewAlertRule>): Promise<AlertRule> {
    return this.tx.write(async () => {
      const updated = await this.rules.update(id, changes);
      if (!updated) throw new NotFoundError(RULE_NOT_FOUND);
      return updated;
    });
  }

  delete(id: number): Promise<void> {
    return this.tx.write(async () => {
      if (!(await this.rules.delete(id))) throw new NotFoundError(RULE_NOT_FOUND);
    });
  }

  /**
   * One transaction under an advisory lock, so concurrent seeds serialise and the second sees the
   * first's rows (03 §5.7). A baseline rule matching an existing row on all six fields is skipped
   * with the lowest matching id; the others are inserted, in baseline order.
   */
  seed(): Promise<SeedResult> {
    return this.tx.write(async () => {
      await this.rules.lockSeed();
      const candidates = await this.rules.withNames(BASELINE_RULES.map((rule) => rule.name));
      const existing = BASELINE_RULES.map((baseline) => candidates.find((rule) => matchesBaseline(rule, baseline))?.id ?? null);
      const missing = BASELINE_RULES.filter((_, index) => existing[index] === null);
      const createdIds = await this.rules.createAll(missing);
      return { createdIds, skippedIds: existing.filter((id): id is number => id !== null) };
    });
  }
}
