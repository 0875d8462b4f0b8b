import { Injectable } from '@nestjs/common';
import { deflateRawSync, inflateRawSync } from 'node:zlib';
import { nextTurn } from '@supply-brain/common';
import { TransactionHost } from '@supply-brain/database';
import type { ProposalAction, ProposalSource, RiskLevel } from '../domain';

/** One `production_order_portfolio_run` row (05 §2.8) with its reserved id. */
export interface PortfolioRunRow {
  id: number;
  /** = response `generated_at` (ISO instant). */
  createdAt: string;
  asOfDate: string;
  engineVersion: string;
  articleCount: number;
  totalUnits: number;
  availableCapital: number | null;
  capitalRequired: number | null;
  /** The request body as validated, defaults filled. */
  requestSnapshot: unknown;
  /** The full response body, serialised once: it is answered and read back byte for byte (stored deflated). */
  responseText: string;
}

/** One `production_order_proposal` row (05 §2.8) with its reserved id. */
export interface ProposalRunRow {
  id: number;
  articleId: number;
  portfolioRunId: number | null;
  /** = response `generated_at` (ISO instant). */
  createdAt: string;
  asOfDate: string;
  source: ProposalSource;
  status: 'ok' | 'skipped';
  action: ProposalAction | null;
  riskLevel: RiskLevel;
  leadTimeDaysTotal: number;
  orderByDate: string | null;
  targetArrivalDate: string | null;
  totalUnits: number;
  capitalRequired: number | null;
  availableCapital: number | null;
  engineVersion: string;
  inputSnapshot: unknown;
  policySnapshot: unknown;
  warnings: unknown[];
  /** The full response body (explainability `full`), serialised once; stored deflated. */
  responseText: string;
}

/** One `production_order_proposal_line` row: an in-scope SKU of a run, zeros included. */
export interface ProposalLineRow {
  proposalId: number;
  articleId: number;
  colorId: number;
  sizeId: number;
  skuUnitId: number;
  pantoneKey: string;
  dailyDemand: number;
  onHandNow: number;
  receiptsBeforeArrival: number;
  receiptsInWindow: number;
  projectedOnHandAtArrival: number;
  safetyStockTarget: number;
  netRequirement: number;
  safetyStock: number;
  fabricUplift: number;
  elasticUplift: number;
  moqUplift: number;
  multipleUplift: number;
  budgetCut: number;
  recommendedQty: number;
  coverDaysNow: number;
  coverDaysAtArrival: number;
  stockoutDateWithoutOrder: string | null;
  riskLevel: RiskLevel;
  reasonCodes: string[];
  /** The answered line's `source_reason`; null for a SKU the answer lists no line for. */
  sourceReason: string | null;
}

/** A stored run as answered, with its current conversion state. */
export interface StoredRunResponse {
  responseText: string;
  purchaseOrderId: number | null;
  /** ISO instant, null until converted. */
  convertedAt: string | null;
}

/** One item of the proposal list (05 §3.8 `ProposalSummary`), camelCase. */
export interface ProposalSummaryRow {
  proposalId: number;
  articleId: number;
  portfolioRunId: number | null;
  source: ProposalSource;
  status: 'ok' | 'skipped';
  action: ProposalAction | null;
  riskLevel: RiskLevel;
  asOfDate: string;
  generatedAt: string;
  orderByDate: string | null;
  targetArrivalDate: string | null;
  totalUnits: number;
  capitalRequired: number | null;
  purchaseOrderId: number | null;
  convertedAt: string | null;
}

export interface ProposalListFilter {
  articleId?: number;
  portfolioRunId?: number;
  status?: 'ok' | 'skipped';
  limit: number;
  offset: number;
}

/** NUMERIC columns travel as decimal text so the stored value is exactly the JSON number. */
const decimalText = (value: number | null): string | null => (value === null ? null : String(value));

/**
 * The stored Planning Core runs (05 §2.8, §4.21): the only reader and writer of
 * `production_order_portfolio_run`, `production_order_proposal` and `production_order_proposal_line`.
 * Every method is one statement whatever the number of rows.
 */
@Injectable()
export class ProposalRunsRepository {
  constructor(private readonly tx: TransactionHost) {}

  /**
   * One statement: `count` proposal ids and (when `withPortfolioRun`) one portfolio run id from the
   * sequences, so responses can carry their ids before the rows are written.
   */
  async reserveIds(count: number, withPortfolioRun: boolean): Promise<{ proposalIds: number[]; portfolioRunId: number | null }> {
    const rows: Array<{ proposalIds: number[]; portfolioRunId: number | null }> = await this.tx.manager.query(
      `SELECT ARRAY(SELECT nextval(pg_get_serial_sequence('production_order_proposal', 'id'))::int AS id
                      FROM generate_series(1, $1::int) ORDER BY id) AS "proposalIds",
              CASE WHEN $2::boolean THEN nextval(pg_get_serial_sequence('production_order_portfolio_run', 'id'))::int END AS "portfolioRunId"`,
      [count, withPortfolioRun],
    );
    return { proposalIds: rows[0].proposalIds, portfolioRunId: rows[0].portfolioRunId };
  }

  /** One INSERT of the portfolio row with the given id. */
  async insertPortfolioRun(row: PortfolioRunRow): Promise<void> {
    await this.tx.manager.query(
      `INSERT INTO production_order_portfolio_run
         (id, created_at, as_of_date, engine_version, article_count, total_units, available_capital, capital_required, request_snapshot, response_deflated)
       VALUES ($1, $2::timestamptz, $3::date, $4, $5, $6, $7::numeric, $8::numeric, $9::jsonb, $10::bytea)`,
      [
        row.id,
        row.createdAt,
        row.asOfDate,
        row.engineVersion,
        row.articleCount,
        row.totalUnits,
        decimalText(row.availableCapital),
        decimalText(row.capitalRequired),
        JSON.stringify(row.requestSnapshot),
        deflateBody(row.responseText),
      ],
    );
  }

  /**
   * All proposals (one multi-row insert of their reserved ids) and all their lines (skipped runs
   * have none), one statement each. The lines go first (see `insertLines`), and the server inserts
   * them while the answered bodies are deflated here.
   */
  async insertProposalsWithLines(proposals: ProposalRunRow[], lines: ProposalLineRow[]): Promise<void> {
    if (proposals.length === 0) return;
    // Both settle before the first failure is passed on: nothing may reach the connection after the transaction ends.
    const outcomes = await Promise.allSettled([this.insertLines(lines), this.insertProposals(proposals)]);
    const failure = outcomes.find((outcome): outcome is PromiseRejectedResult => outcome.status === 'rejected');
    if (failure) throw failure.reason;
  }

  /**
   * One statement for all the lines (none: no statement). Their proposal foreign key is checked at
   * commit, so they may be written before their proposals.
   */
  private async insertLines(lines: ProposalLineRow[]): Promise<void> {
    if (lines.length > 0) await this.tx.manager.query(insertLinesSql(1), lineParameters(lines));
  }

  /** One multi-row insert of the proposals with their reserved ids (none: no statement); the bodies are deflated yielding to the event loop now and then. */
  private async insertProposals(proposals: ProposalRunRow[]): Promise<void> {
    if (proposals.length > 0) await this.tx.manager.query(insertProposalsSql(1), await proposalParameters(proposals));
  }

  /** The stored answer of one proposal with its conversion state, or null when there is no such run. */
  async findProposal(id: number): Promise<StoredRunResponse | null> {
    return this.findStoredResponse('production_order_proposal', id);
  }

  async findPortfolioRun(id: number): Promise<StoredRunResponse | null> {
    return this.findStoredResponse('production_order_portfolio_run', id);
  }

  /** One page of proposals, newest first (created_at desc, id desc), and how many match the filter. */
  async listProposals(filter: ProposalListFilter): Promise<{ items: ProposalSummaryRow[]; total: number }> {
    const rows: Array<{ total: number } & Record<keyof ProposalSummaryRow, unknown>> = await this.tx.manager.query(
      `WITH matching AS (
         SELECT * FROM production_order_proposal
          WHERE ($1::int IS NULL OR article_id = $1::int)
            AND ($2::int IS NULL OR portfolio_run_id = $2::int)
            AND ($3::text IS NULL OR status = $3::text)),
       page AS (
         SELECT * FROM matching ORDER BY created_at DESC, id DESC LIMIT $4::int OFFSET $5::int)
       SELECT counted.total,
              page.id AS "proposalId", page.article_id AS "articleId", page.portfolio_run_id AS "portfolioRunId",
              page.source, page.status, page.action, page.risk_level AS "riskLevel", page.as_of_date AS "asOfDate",
              page.created_at AS "generatedAt", page.order_by_date AS "orderByDate", page.target_arrival_date AS "targetArrivalDate",
              page.total_units AS "totalUnits", page.capital_required AS "capitalRequired",
              page.purchase_order_id AS "purchaseOrderId", page.converted_at AS "convertedAt"
         FROM (SELECT count(*)::int AS total FROM matching) AS counted
         LEFT JOIN page ON true
        ORDER BY page.created_at DESC, page.id DESC`,
      [filter.articleId ?? null, filter.portfolioRunId ?? null, filter.status ?? null, filter.limit, filter.offset],
    );
    const total = rows[0]?.total ?? 0;
    const items = rows
      .filter((row) => row.proposalId !== null)
      .map(
        (row): ProposalSummaryRow => ({
          proposalId: row.proposalId as number,
          articleId: row.articleId as number,
          portfolioRunId: row.portfolioRunId as number | null,
          source: row.source as ProposalSource,
          status: row.status as 'ok' | 'skipped',
          action: row.action as ProposalAction | null,
          riskLevel: row.riskLevel as RiskLevel,
          asOfDate: row.asOfDate as string,
          generatedAt: (row.generatedAt as Date).toISOString(),
          orderByDate: row.orderByDate as string | null,
          targetArrivalDate: row.targetArrivalDate as string | null,
          totalUnits: row.totalUnits as number,
          capitalRequired: row.capitalRequired as number | null,
          purchaseOrderId: row.purchaseOrderId as number | null,
          convertedAt: row.convertedAt === null ? null : (row.convertedAt as Date).toISOString(),
        }),
      );
    return { items, total };
  }

  private async findStoredResponse(table: 'production_order_proposal' | 'production_order_portfolio_run', id: number): Promise<StoredRunResponse | null> {
    // `response::text` of a json column is the text exactly as inserted (runs stored before deflating).
    const rows: Array<{ responseText: string | null; deflated: Buffer | null; purchaseOrderId: number | null; convertedAt: Date | null }> =
      await this.tx.manager.query(
        `SELECT response::text AS "responseText", response_deflated AS deflated, purchase_order_id AS "purchaseOrderId", converted_at AS "convertedAt"
           FROM ${table} WHERE id = $1`,
        [id],
      );
    if (rows.length === 0) return null;
    const [row] = rows;
    return {
      responseText: row.deflated ? inflateBody(row.deflated) : row.responseText!,
      purchaseOrderId: row.purchaseOrderId,
      convertedAt: row.convertedAt?.toISOString() ?? null,
    };
  }
}

/** `$first`, `$first+1`, … cast to the given array types, for an `unnest(...)` of column arrays. */
function arrayParameters(types: readonly string[], first: number): string {
  return types.map((type, index) => `$${first + index}::${type}[]`).join(', ');
}

/*
 * The answered body is stored as raw DEFLATE (level 1) of its UTF-8 text: about a sixth of the
 * bytes to send and store, nothing for PostgreSQL to parse or compress, and the exact text back.
 * A 1,000-article portfolio answers about 55 MB of member bodies; deflating them takes ~0.25 s
 * (on the event loop: zlib's worker-thread variant measured four times slower for 1,000 bodies).
 */
function deflateBody(text: string): Buffer {
  return deflateRawSync(text, { level: 1 });
}

function inflateBody(deflated: Buffer): string {
  return inflateRawSync(deflated).toString('utf8');
}

/** About 2.5 MB of answered text deflated (~15 ms) between two turns of the event loop. */
const DEFLATES_BETWEEN_YIELDS = 50;

const PROPOSAL_PARAMETER_TYPES = [
  'int', 'int', 'int', 'timestamptz', 'date', 'text', 'text', 'text', 'text', 'int',
  'date', 'date', 'int', 'numeric', 'numeric', 'text', 'int', 'int',
] as const;

/** The JSON columns, each passed as one JSON array after the column arrays. */
const PROPOSAL_DOCUMENTS = ['input_snapshot', 'policy_snapshot', 'warnings'] as const;

/*
 * The JSON documents (snapshots, warnings) travel as one JSON array parameter per column, taken
 * apart by position: as elements of a text[] every quote would be escaped and re-parsed (about
 * 30 MB for a 1,000-article portfolio). The elements of a json array keep their text verbatim.
 * The deflated bodies travel as one binary parameter, cut by offset and length: a bytea[] would
 * be sent as hex text, twice the bytes, for the server to decode.
 */
function insertProposalsSql(first: number): string {
  const bodies = first + PROPOSAL_PARAMETER_TYPES.length + PROPOSAL_DOCUMENTS.length;
  return `INSERT INTO production_order_proposal
         (id, article_id, portfolio_run_id, created_at, as_of_date, source, status, action, risk_level, lead_time_days_total,
          order_by_date, target_arrival_date, total_units, capital_required, available_capital, engine_version,
          response_deflated, input_snapshot, policy_snapshot, warnings)
       SELECT id, article_id, portfolio_run_id, created_at, as_of_date, source, status, action, risk_level, lead_time_days_total,
              order_by_date, target_arrival_date, total_units, capital_required, available_capital, engine_version,
              substring($${bodies}::bytea FROM body_start FOR body_length),
              input_snapshot.value::jsonb, policy_snapshot.value::jsonb, warnings.value::jsonb
         FROM unnest(${arrayParameters(PROPOSAL_PARAMETER_TYPES, first)}) WITH ORDINALITY
           AS run(id, article_id, portfolio_run_id, created_at, as_of_date, source, status, action, risk_level, lead_time_days_total,
                  order_by_date, target_arrival_date, total_units, capital_required, available_capital, engine_version,
                  body_start, body_length, position)
         ${PROPOSAL_DOCUMENTS.map((name, k) => `JOIN json_array_elements($${first + PROPOSAL_PARAMETER_TYPES.length + k}::json) WITH ORDINALITY AS ${name}(value, position) USING (position)`).join('\n         ')}`;
}

async function proposalParameters(rows: ProposalRunRow[]): Promise<unknown[]> {
  const column = <T>(pick: (row: ProposalRunRow) => T): T[] => rows.map(pick);
  const documents = (text: (row: ProposalRunRow) => string): string => `[${rows.map(text).join(',')}]`;
  const bodies: Buffer[] = [];
  for (const row of rows) {
    bodies.push(deflateBody(row.responseText));
    if (bodies.length % DEFLATES_BETWEEN_YIELDS === 0) await nextTurn();
  }
  const starts: number[] = [];
  let next = 1; // substring() counts from 1
  for (const body of bodies) {
    starts.push(next);
    next += body.length;
  }
  return [
    column((r) => r.id),
    column((r) => r.articleId),
    column((r) => r.portfolioRunId),
    column((r) => r.createdAt),
    column((r) => r.asOfDate),
    column((r) => r.source),
    column((r) => r.status),
    column((r) => r.action),
    column((r) => r.riskLevel),
    column((r) => r.leadTimeDaysTotal),
    column((r) => r.orderByDate),
    column((r) => r.targetArrivalDate),
    column((r) => r.totalUnits),
    column((r) => decimalText(r.capitalRequired)),
    column((r) => decimalText(r.availableCapital)),
    column((r) => r.engineVersion),
    starts,
    bodies.map((body) => body.length),
    documents((r) => JSON.stringify(r.inputSnapshot)),
    documents((r) => JSON.stringify(r.policySnapshot)),
    documents((r) => JSON.stringify(r.warnings)),
    Buffer.concat(bodies),
  ];
}

type LineValue = number | string | null;

/** The line columns in insert order, the SQL array type each travels as, and how to read it off a row. */
const LINE_COLUMNS: ReadonlyArray<readonly [string, string, (row: ProposalLineRow) => LineValue]> = [
  ['proposal_id', 'int', (r) => r.proposalId],
  ['article_id', 'int', (r) => r.articleId],
  ['color_id', 'int', (r) => r.colorId],
  ['size_id', 'int', (r) => r.sizeId],
  ['sku_unit_id', 'int', (r) => r.skuUnitId],
  ['pantone_key', 'text', (r) => r.pantoneKey],
  ['daily_demand', 'numeric', (r) => r.dailyDemand],
  ['on_hand_now', 'int', (r) => r.onHandNow],
  ['receipts_before_arrival', 'int', (r) => r.receiptsBeforeArrival],
  ['receipts_in_window', 'int', (r) => r.receiptsInWindow],
  ['projected_on_hand_at_arrival', 'numeric', (r) => r.projectedOnHandAtArrival],
  ['safety_stock_target', 'numeric', (r) => r.safetyStockTarget],
  ['net_requirement', 'int', (r) => r.netRequirement],
  ['safety_stock', 'int', (r) => r.safetyStock],
  ['fabric_uplift', 'int', (r) => r.fabricUplift],
  ['elastic_uplift', 'int', (r) => r.elasticUplift],
  ['moq_uplift', 'int', (r) => r.moqUplift],
  ['multiple_uplift', 'int', (r) => r.multipleUplift],
  ['budget_cut', 'int', (r) => r.budgetCut],
  ['recommended_qty', 'int', (r) => r.recommendedQty],
  ['cover_days_now', 'numeric', (r) => r.coverDaysNow],
  ['cover_days_at_arrival', 'numeric', (r) => r.coverDaysAtArrival],
  ['stockout_date_without_order', 'date', (r) => r.stockoutDateWithoutOrder],
  ['risk_level', 'text', (r) => r.riskLevel],
  // Each line's codes as a text[] literal, an element of the text[] column (arrays of arrays must be rectangular).
  ['reason_codes', 'text', (r) => arrayLiteral(r.reasonCodes)],
  ['source_reason', 'text', (r) => r.sourceReason],
];

/*
 * The lines travel as one array literal per column, unnested: the literals are built here by
 * joining numbers and quoting strings, far cheaper than the driver's per-element array encoding
 * or a JSON text of 36,000 records (~20 MB for PostgreSQL to take apart); numbers keep the same
 * decimal text the NUMERIC columns would get from JSON.
 */
function insertLinesSql(first: number): string {
  const names = LINE_COLUMNS.map(([name]) => name);
  const selected = names.map((name) => (name === 'reason_codes' ? 'reason_codes::text[]' : name));
  return `INSERT INTO production_order_proposal_line (${names.join(', ')})
       SELECT ${selected.join(', ')}
         FROM unnest(${arrayParameters(LINE_COLUMNS.map(([, type]) => type), first)}) AS line(${names.join(', ')})`;
}

function lineParameters(rows: ProposalLineRow[]): string[] {
  return LINE_COLUMNS.map(([, , pick]) => {
    const elements = new Array<string>(rows.length);
    for (let k = 0; k < rows.length; k++) elements[k] = arrayElement(pick(rows[k]));
    return `{${elements.join(',')}}`;
  });
}

/** A PostgreSQL array literal of the values. */
function arrayLiteral(values: readonly LineValue[]): string {
  return `{${values.map(arrayElement).join(',')}}`;
}

const NEEDS_ESCAPE = /[\\"]/;

/** One element of an array literal: a number as it prints, a string quoted (and escaped), NULL for null. */
function arrayElement(value: LineValue): string {
  if (value === null) return 'NULL';
  if (typeof value === 'number') return String(value);
  return NEEDS_ESCAPE.test(value) ? `"${value.replace(/[\\"]/g, '\\$&')}"` : `"${value}"`;
}
