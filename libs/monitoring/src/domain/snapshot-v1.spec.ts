import { buildSnapshotV1 } from './snapshot-v1';

const integrations = { wbTotal: 2, wbActive: 1, msTotal: 1, msActive: 1 };

describe('v1 snapshot building', () => {
  it('counts risk entries per level; unknown levels count nowhere', () => {
    const snapshot = buildSnapshotV1({
      integrations,
      riskLevels: ['critical', 'critical', 'warning', 'ok', 'overstock', 'no_data', 'strange'],
      orderTotals: [],
    });
    expect(snapshot).toMatchObject({ risk_critical: 2, risk_warning: 1, risk_ok: 1, risk_overstock: 1, risk_no_data: 1 });
  });

  it('orders: only articles whose total is positive count, and only their totals add up (scenario 4)', () => {
    const snapshot = buildSnapshotV1({
      integrations,
      riskLevels: [],
      orderTotals: [
        { articleId: 1, finalOrderQuantities: [4, 6] },
        { articleId: 2, finalOrderQuantities: [] },
        { articleId: 3, finalOrderQuantities: [5] },
        { articleId: 4, finalOrderQuantities: [3, -3] },
      ],
    });
    expect(snapshot).toMatchObject({ articles_with_orders: 2, total_final_order_qty: 15 });
  });

  it('passes the integration counts through', () => {
    expect(buildSnapshotV1({ integrations, riskLevels: [], orderTotals: [] })).toMatchObject({
      wb_accounts_total: 2,
      wb_accounts_active: 1,
      ms_accounts_total: 1,
      ms_accounts_active: 1,
    });
  });
});
