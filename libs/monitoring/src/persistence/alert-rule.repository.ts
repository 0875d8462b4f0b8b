import { Injectable } from '@nestjs/common';
import { DB_NOW_MS, nextUpdatedAtSql, TransactionHost } from '@supply-brain/database';
import { AlertRule, NewAlertRule } from '../domain/alert-rules';

/** Serialises seed runs across replicas (03 §5.7); a key of its own, distinct from the scheduler's. */
const SEED_LOCK_KEY = '9223372036854770011';

const RULE_COLUMNS = `id, name, metric, threshold_type AS "thresholdType", threshold_value AS "thresholdValue", severity, is_active AS "isActive"`;

/** Column of each changeable field; fixed identifiers, never from a request. */
const COLUMN_OF: Readonly<Record<keyof NewAlertRule, string>> = {
  name: 'name',
  metric: 'metric',
  thresholdType: 'threshold_type',
  thresholdValue: 'threshold_value',
  severity: 'severity',
  isActive: 'is_active',
};

@Injectable()
export class AlertRuleRepository {
  constructor(private readonly tx: TransactionHost) {}

  /** Every rule, active or not, by ascending id. */
  all(): Promise<AlertRule[]> {
    return this.tx.manager.query(`SELECT ${RULE_COLUMNS} FROM monitoring_alert_rules ORDER BY id`);
  }

  /** Rules that are evaluated, by ascending id (03 §2.9). */
  active(): Promise<AlertRule[]> {
    return this.tx.manager.query(`SELECT ${RULE_COLUMNS} FROM monitoring_alert_rules WHERE is_active ORDER BY id`);
  }

  async create(rule: NewAlertRule): Promise<AlertRule> {
    const [row] = await this.tx.manager.query(
      `INSERT INTO monitoring_alert_rules (name, metric, threshold_type, threshold_value, severity, is_active, created_at, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, ${DB_NOW_MS}, ${DB_NOW_MS})
       RETURNING ${RULE_COLUMNS}`,
      [rule.name, rule.metric, rule.thresholdType, rule.thresholdValue, rule.severity, rule.isActive],
    );
    return row as AlertRule;
  }

  /** The rule after applying `changes`, or null when it does not exist. An empty change set only reads it. */
  async update(id: number, changes: Partial<NewAlertRule>): Promise<AlertRule | null> {
    const fields = (Object.keys(changes) as (keyof NewAlertRule)[]).filter((field) => changes[field] !== undefined);
    if (fields.length === 0) {
      const rows: AlertRule[] = await this.tx.manager.query(`SELECT ${RULE_COLUMNS} FROM monitoring_alert_rules WHERE id = $1`, [id]);
      return rows[0] ?? null;
    }
    const assignments = fields.map((field, index) => `${COLUMN_OF[field]} = $${index + 2}`);
    const rows: [AlertRule[], number] = await this.tx.manager.query(
      `UPDATE monitoring_alert_rules SET ${assignments.join(', ')}, updated_at = ${nextUpdatedAtSql()}
        WHERE id = $1
        RETURNING ${RULE_COLUMNS}`,
      [id, ...fields.map((field) => changes[field])],
    );
    return rows[0][0] ?? null;
  }

  async delete(id: number): Promise<boolean> {
    const rows: [unknown[], number] = await this.tx.manager.query(`DELETE FROM monitoring_alert_rules WHERE id = $1 RETURNING id`, [id]);
    return rows[1] > 0;
  }

  /** Blocks until no other seed runs; released when the transaction ends. */
  async lockSeed(): Promise<void> {
    await this.tx.manager.query(`SELECT pg_advisory_xact_lock($1::bigint)`, [SEED_LOCK_KEY]);
  }

  /** Rules whose name is one of `names`, by ascending id (candidates for the six-field match). */
  withNames(names: readonly string[]): Promise<AlertRule[]> {
    return this.tx.manager.query(`SELECT ${RULE_COLUMNS} FROM monitoring_alert_rules WHERE name = ANY($1::text[]) ORDER BY id`, [names]);
  }

  /** Inserts the rules in the given order in one statement; their ids, in that order. */
  async createAll(rules: readonly NewAlertRule[]): Promise<number[]> {
    if (rules.length === 0) return [];
    const rows: { id: number; position: number }[] = await this.tx.manager.query(
      `WITH incoming AS (
         SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::int[], $5::text[], $6::boolean[])
                  WITH ORDINALITY AS r(name, metric, threshold_type, threshold_value, severity, is_active, position)
       ), inserted AS (
         INSERT INTO monitoring_alert_rules (name, metric, threshold_type, threshold_value, severity, is_active, created_at, updated_at)
         SELECT name, metric, threshold_type, threshold_value, severity, is_active, ${DB_NOW_MS}, ${DB_NOW_MS}
           FROM incoming ORDER BY position
         RETURNING id, name, metric, threshold_type, threshold_value, severity, is_active
       )
       SELECT inserted.id, incoming.position::int AS position
         FROM inserted
         JOIN incoming USING (name, metric, threshold_type, threshold_value, severity, is_active)
        ORDER BY incoming.position`,
      [
        rules.map((rule) => rule.name),
        rules.map((rule) => rule.metric),
        rules.map((rule) => rule.thresholdType),
        rules.map((rule) => rule.thresholdValue),
        rules.map((rule) => rule.severity),
        rules.map((rule) => rule.isActive),
      ],
    );
    return rows.map((row) => row.id);
  }
}
