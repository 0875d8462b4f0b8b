import { createTestApp, TestApp } from '../support/test-app';
import { BASE, MonitoringFixtures } from './monitoring-fixtures';

const BASELINE_NAMES = [
  'Есть критические риски',
  'Слишком много warning',
  'Нет активных WB аккаунтов',
  'Нет активных MS аккаунтов',
  'Нет статей с финальным заказом',
  'Итоговый заказ отсутствует',
  'Слишком много overstock',
  'Много статей без данных',
  'Подозрительно всё хорошо',
];

const valid = {
  name: 'Too many critical',
  metric: 'risk_critical',
  threshold_type: 'above',
  threshold_value: 0,
  severity: 'critical',
  is_active: true,
};

/* 03 §4 scenarios 19–27 and the §5.6 / §5.7 hardening. */
describe('Monitoring alert rules and seed', () => {
  let t: TestApp;
  let seed: MonitoringFixtures;
  beforeAll(async () => {
    t = await createTestApp();
    seed = new MonitoringFixtures(t);
  });
  afterAll(() => t.close());
  beforeEach(() => seed.reset());

  const rules = `${BASE}/alert-rules`;
  const count = async () => (await t.db.query<{ n: number }>('SELECT count(*)::int AS n FROM monitoring_alert_rules'))[0].n;
  const locs = (body: { detail: { loc: unknown[] }[] }) => body.detail.map((issue) => issue.loc);

  it('scenario 19: create answers 200 with the rule, and the list shows it', async () => {
    const { body } = await t.http.post(rules).send(valid).expect(200);
    expect(body).toEqual({ id: expect.any(Number), ...valid });
    const list = (await t.http.get(rules).expect(200)).body;
    expect(list).toEqual({ items: [body] });
  });

  it('scenario 20: create rejects a bad metric, threshold type, severity or negative threshold; is_active defaults to true', async () => {
    for (const change of [{ metric: 'something_weird' }, { threshold_type: 'x' }, { severity: 'error' }, { threshold_value: -1 }]) {
      const { body } = await t.http.post(rules).send({ ...valid, ...change }).expect(422);
      expect(locs(body)).toEqual([['body', Object.keys(change)[0]]]);
    }
    const { name: _name, ...withoutName } = valid;
    expect(locs((await t.http.post(rules).send(withoutName).expect(422)).body)).toEqual([['body', 'name']]);
    const { is_active: _active, ...withoutActive } = valid;
    expect((await t.http.post(rules).send(withoutActive).expect(200)).body.is_active).toBe(true);
    expect(await count()).toBe(1);
  });

  it('create: all failures reported together; strict types; blank or long names; 32-bit threshold', async () => {
    const all = await t.http.post(rules).send({ name: ' ', metric: 'x', threshold_type: 'up', threshold_value: '5', severity: 'info', is_active: 'yes' }).expect(422);
    expect(locs(all.body).sort()).toEqual(
      [['body', 'is_active'], ['body', 'metric'], ['body', 'name'], ['body', 'severity'], ['body', 'threshold_type'], ['body', 'threshold_value']].sort(),
    );
    await t.http.post(rules).send({ ...valid, threshold_value: 5.5 }).expect(422);
    await t.http.post(rules).send({ ...valid, threshold_value: 2147483648 }).expect(422);
    await t.http.post(rules).send({ ...valid, name: 'x'.repeat(201) }).expect(422);
    await t.http.post(rules).send({ ...valid, is_active: 1 }).expect(422);
    await t.http.post(rules).send({ ...valid, metric: 'wb_accounts_total' }).expect(422);
    await t.http.post(rules).send({ ...valid, name: null }).expect(422);
    expect(locs((await t.http.post(rules).expect(422)).body)).toEqual([['body']]);
    expect((await t.http.post(rules).send({ ...valid, threshold_value: 2147483647, name: 'x'.repeat(200) }).expect(200)).body.threshold_value).toBe(2147483647);
    expect(await count()).toBe(1);
  });

  it('scenario 21: PATCH changes only the fields sent, and persists', async () => {
    const created = (await t.http.post(rules).send(valid).expect(200)).body;
    const { body } = await t.http.patch(`${rules}/${created.id}`).send({ threshold_value: 10, is_active: false }).expect(200);
    expect(body).toEqual({ ...created, threshold_value: 10, is_active: false });
    expect((await t.http.get(rules).expect(200)).body.items).toEqual([body]);
  });

  it('scenario 22: DELETE answers 204, then PATCH and DELETE of that id answer 404', async () => {
    const created = (await t.http.post(rules).send(valid).expect(200)).body;
    const deleted = await t.http.delete(`${rules}/${created.id}`).expect(204);
    expect(deleted.text).toBe('');
    expect(await count()).toBe(0);
    expect((await t.http.patch(`${rules}/${created.id}`).send({ threshold_value: 5 }).expect(404)).body).toEqual({ detail: 'Alert rule not found' });
    expect((await t.http.delete(`${rules}/${created.id}`).expect(404)).body).toEqual({ detail: 'Alert rule not found' });
  });

  it('scenario 23: PATCH edge cases — {} unchanged, validation before lookup, explicit null → 422, non-integer id → 422', async () => {
    const created = (await t.http.post(rules).send(valid).expect(200)).body;
    expect((await t.http.patch(`${rules}/${created.id}`).send({}).expect(200)).body).toEqual(created);
    await t.http.patch(`${rules}/${created.id}`).send({ metric: 'nope' }).expect(422);
    await t.http.patch(`${rules}/999999`).send({ metric: 'nope' }).expect(422);
    for (const field of ['name', 'metric', 'threshold_type', 'threshold_value', 'severity', 'is_active']) {
      const { body } = await t.http.patch(`${rules}/${created.id}`).send({ [field]: null }).expect(422);
      expect(locs(body)).toEqual([['body', field]]);
    }
    expect(locs((await t.http.patch(`${rules}/abc`).send({}).expect(422)).body)).toEqual([['path', 'rule_id']]);
    await t.http.patch(`${rules}/seed`).send({}).expect(422);
    await t.http.delete(`${rules}/seed`).expect(422);
    await t.http.patch(`${rules}/0`).send({}).expect(404);
    await t.http.patch(`${rules}/99999999999`).send({}).expect(404);
    expect((await t.http.get(rules).expect(200)).body.items).toEqual([created]);
  });

  it('scenario 24: seed on an empty table creates the 9 baseline rules in order, rule 9 inactive', async () => {
    const { body } = await t.http.post(`${rules}/seed`).expect(200);
    expect(body.created_ids).toHaveLength(9);
    expect(body.skipped_ids).toEqual([]);
    const list = (await t.http.get(rules).expect(200)).body.items;
    expect(list.map((rule: { id: number }) => rule.id)).toEqual(body.created_ids);
    expect(list.map((rule: { name: string }) => rule.name)).toEqual(BASELINE_NAMES);
    expect(list[0]).toEqual({ id: body.created_ids[0], name: BASELINE_NAMES[0], metric: 'risk_critical', threshold_type: 'above', threshold_value: 0, severity: 'critical', is_active: true });
    expect(list[8]).toEqual({ id: body.created_ids[8], name: BASELINE_NAMES[8], metric: 'risk_ok', threshold_type: 'below', threshold_value: 1, severity: 'warning', is_active: false });
    const stored = await t.db.query<{ name: string }>('SELECT name FROM monitoring_alert_rules ORDER BY id');
    expect(Buffer.from(stored.map((row) => row.name).join('|'), 'utf8')).toEqual(Buffer.from(BASELINE_NAMES.join('|'), 'utf8'));
  });

  it('scenario 25: a second seed creates nothing and skips the same ids in the same order', async () => {
    const first = (await t.http.post(`${rules}/seed`).expect(200)).body;
    const second = (await t.http.post(`${rules}/seed`).expect(200)).body;
    expect(second).toEqual({ created_ids: [], skipped_ids: first.created_ids });
    expect(await count()).toBe(9);
  });

  it('scenario 26: a pre-existing exact copy of a baseline rule is skipped', async () => {
    const copy = await seed.rule({ name: 'Нет активных WB аккаунтов', metric: 'wb_accounts_active', threshold_type: 'below', threshold_value: 1, severity: 'critical' });
    const { body } = await t.http.post(`${rules}/seed`).expect(200);
    expect(body.skipped_ids).toEqual([copy]);
    expect(body.created_ids).toHaveLength(8);
    expect(await count()).toBe(9);
  });

  it('scenario 27: an edited baseline rule is re-created next time', async () => {
    const first = (await t.http.post(`${rules}/seed`).expect(200)).body;
    await t.http.patch(`${rules}/${first.created_ids[1]}`).send({ threshold_value: 6 }).expect(200);
    const { body } = await t.http.post(`${rules}/seed`).expect(200);
    expect(body.created_ids).toHaveLength(1);
    expect(body.skipped_ids).toEqual(first.created_ids.filter((_: number, index: number) => index !== 1));
    expect(await count()).toBe(10);
    const recreated = (await t.http.get(rules).expect(200)).body.items.at(-1);
    expect(recreated).toMatchObject({ id: body.created_ids[0], name: 'Слишком много warning', threshold_value: 5 });
  });

  it('several matching copies: the seed skips the lowest id', async () => {
    const lower = await seed.rule({ name: 'Есть критические риски', metric: 'risk_critical', threshold_type: 'above', threshold_value: 0, severity: 'critical' });
    await seed.rule({ name: 'Есть критические риски', metric: 'risk_critical', threshold_type: 'above', threshold_value: 0, severity: 'critical' });
    expect((await t.http.post(`${rules}/seed`).expect(200)).body.skipped_ids).toEqual([lower]);
  });

  it('parallel seeds create each baseline rule exactly once', async () => {
    const results = await Promise.all([1, 2, 3, 4].map(() => t.http.post(`${rules}/seed`).expect(200)));
    const created = results.map((result) => result.body.created_ids as number[]);
    expect(created.filter((ids) => ids.length === 9)).toHaveLength(1);
    expect(created.filter((ids) => ids.length === 0)).toHaveLength(3);
    for (const result of results) expect(result.body.created_ids.length + result.body.skipped_ids.length).toBe(9);
    expect(await count()).toBe(9);
  });

  it('the database refuses threshold types and severities outside the enums', async () => {
    await expect(seed.rule({ metric: 'risk_critical', threshold_type: 'weird', threshold_value: 0, severity: 'warning' })).rejects.toMatchObject({
      constraint: 'ck_monitoring_alert_rules_threshold_type',
    });
    await expect(seed.rule({ metric: 'risk_critical', threshold_type: 'above', threshold_value: 0, severity: 'info' })).rejects.toMatchObject({
      constraint: 'ck_monitoring_alert_rules_severity',
    });
  });

  it('GET on the seed path is 405', async () => {
    await t.http.get(`${rules}/seed`).expect(405);
  });
});
