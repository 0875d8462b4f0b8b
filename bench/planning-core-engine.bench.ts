/*
 * `npm run bench -- planning-core-engine`: the pure Planning Core engine over 1,000 articles × 6
 * colours × 6 sizes (spec 05 §7.3), planned jointly with a budget of 70 % of the pre-budget capital.
 * Median of 5 runs after 1 warm-up; input building (policy, scope) is included, JSON is not.
 */
import { writeFileSync } from 'fs';
import {
  DirectProposalRequest,
  PlanningInput,
  planArticlesJointly,
  prepareDirectProposal,
  StoredArticleData,
} from '../libs/planning-core/src/domain';

function mulberry32(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const ARTICLES = 1000;
const WEIGHTS = [0.1, 0.15, 0.25, 0.25, 0.15, 0.1];
const AS_OF = '2026-03-02';

function syntheticArticles(): { data: StoredArticleData; request: DirectProposalRequest }[] {
  const rnd = mulberry32(42);
  const int = (min: number, max: number): number => min + Math.floor(rnd() * (max - min + 1));
  const out: { data: StoredArticleData; request: DirectProposalRequest }[] = [];
  for (let a = 1; a <= ARTICLES; a++) {
    const skus = [];
    const onHand: Record<number, number> = {};
    const inFlight = [];
    for (let c = 1; c <= 6; c++) {
      for (let s = 1; s <= 6; s++) {
        const skuUnitId = a * 100 + c * 10 + s;
        skus.push({ skuUnitId, colorId: c, sizeId: s, sizeSortOrder: s, pantoneCode: `PT-${(6 * a + c) % 400}` });
        onHand[skuUnitId] = int(0, 600);
        for (let r = 0; r < 2; r++) inFlight.push({ article_id: a, color_id: c, size_id: s, qty: int(1, 400), eta_days: int(5, 90) });
      }
    }
    const data: StoredArticleData = {
      article: { id: a, code: `ART-${a}` },
      settings: { article: null, planningSettings: null, global: null },
      skus,
      bundleTypes: [
        { id: 1, isAssorti: false, pieces: null, recipeColorIds: [1, 2, 3, 4] },
        { id: 2, isAssorti: false, pieces: null, recipeColorIds: [1, 2, 3, 4, 5, 6] },
        { id: 3, isAssorti: true, pieces: 4, recipeColorIds: [1, 2, 3, 4, 5, 6] },
      ],
      onHandBySkuUnitId: onHand,
      nscBundles: [],
      colorFabricMins: [],
      elasticSettings: [{ elasticTypeId: a, elasticMinBatchQty: 3000 }],
      elasticBindings: [1, 2, 3, 4, 5, 6].map((c) => ({ elasticTypeId: a, colorId: c, skuUnitId: null, isActive: true })),
      adminSizeWeights: [],
      adminInFlightDefaults: [],
      wbMappings: [],
      wbStock: [],
      wbHistory: null,
    };
    const request: DirectProposalRequest = {
      article_id: a,
      as_of_date: AS_OF,
      planning_horizon_days: 90,
      bundle_daily_sales: [
        { bundle_type_id: 1, daily_sales: int(2, 20) },
        { bundle_type_id: 2, daily_sales: int(1, 10) },
        { bundle_type_id: 3, daily_sales: int(1, 8) },
      ],
      bundle_stock: [1, 2, 3].map((b) => ({ bundle_type_id: b, wb_qty: int(0, 300) })),
      in_flight_supply: inFlight,
      size_weights: Object.fromEntries(WEIGHTS.map((w, k) => [String(k + 1), w])),
      overrides: {
        lead_time_days: { production: 30, china_to_nsk: 30, packaging: 3, nsk_to_wb: 7 },
        review_period_days: 7,
        target_coverage_days: 60,
        safety_stock_method: 'service_level',
        service_level_percent: 95,
        order_multiple: 10,
        fabric_min_batch_qty_default: 7000,
        production_cost_per_unit: 1.0,
      },
    };
    out.push({ data, request });
  }
  return out;
}

function planAll(articles: { data: StoredArticleData; request: DirectProposalRequest }[], budget: number | null) {
  const inputs: PlanningInput[] = articles.map(({ data, request }) => {
    const prepared = prepareDirectProposal(data, request, { today: AS_OF });
    if ('skipped' in prepared) throw new Error('unexpected skip');
    return { ...prepared.input, source: 'portfolio' as const };
  });
  return planArticlesJointly(inputs, { budget });
}

export default async function run(): Promise<void> {
  const articles = syntheticArticles();
  const unconstrained = planAll(articles, null);
  const capital = unconstrained.reduce((sum, o) => sum + (o.record.capital_required ?? 0), 0);
  const budget = Math.round(capital * 0.7);

  planAll(articles, budget); // warm-up
  const samples: number[] = [];
  let last = '';
  for (let k = 0; k < 5; k++) {
    const start = process.hrtime.bigint();
    const outcomes = planAll(articles, budget);
    samples.push(Number(process.hrtime.bigint() - start) / 1e6);
    if (k < 2) {
      const serialised = JSON.stringify(outcomes.map((o) => o.body));
      if (k === 1 && serialised !== last) throw new Error('two runs differ');
      last = serialised;
    }
  }
  const result = planAll(articles, budget);
  // Lets an engine change be checked for byte-identical output against a saved earlier dump.
  const dumpPath = process.env.PLANNING_CORE_ENGINE_DUMP;
  if (dumpPath) writeFileSync(dumpPath, JSON.stringify(result.map((o) => o.body)));
  const units = result.reduce((sum, o) => sum + o.record.total_units, 0);
  const ordering = result.filter((o) => o.record.action !== 'wait').length;
  const sorted = [...samples].sort((a, b) => a - b);
  console.log(`planning-core-engine: ${ARTICLES} articles × 36 SKUs, budget ${budget} (70 % of ${Math.round(capital)})`);
  console.log(`  runs (ms): ${samples.map((s) => s.toFixed(0)).join(', ')}; median ${sorted[2].toFixed(0)} ms (target < 2000 ms)`);
  console.log(`  articles ordering ${ordering}, total units ${units}; two runs byte-identical`);
}
