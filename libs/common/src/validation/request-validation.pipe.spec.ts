import { UnprocessableError, ValidationIssue } from '../errors/domain-errors';
import { BooleanField, DateField, DateTimeField, EnumField, IntField, NumberField, StringField } from './fields';
import { NO_SUCH_ID } from './id-param.pipe';
import { QueryBool, QueryId, QueryInt } from './query-fields';
import { RequestValidationPipe } from './request-validation.pipe';

class SampleCreate {
  @StringField({ required: true, maxLength: 5, notBlank: true })
  code: string;

  @StringField({ nullable: true, maxLength: 10 })
  name?: string | null;

  @IntField({ min: 0 })
  count?: number;

  @NumberField({ greaterThan: 0 })
  strictness?: number;

  @BooleanField()
  active?: boolean;

  @DateField()
  day?: string;

  @DateTimeField({ nullable: true })
  at?: Date | null;

  @EnumField(['draft', 'approved'], 'SampleStatus')
  status?: string;

  @StringField({ nullable: true, maxLength: 8, secret: true })
  token?: string | null;
}

class SampleQuery {
  @QueryInt({ min: 1, max: 500 })
  limit?: number;

  @QueryBool()
  explanation?: boolean;

  @QueryId()
  article_id?: number;
}

const pipe = new RequestValidationPipe();

async function body(value: unknown): Promise<SampleCreate> {
  return (await pipe.transform(value, { type: 'body', metatype: SampleCreate })) as SampleCreate;
}

async function issuesOf(promise: Promise<unknown>): Promise<ValidationIssue[]> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof UnprocessableError) return error.issues;
    throw error;
  }
  throw new Error('expected a 422');
}

describe('RequestValidationPipe', () => {
  it('keeps only the properties present in the JSON, dropping unknown ones', async () => {
    const dto = await body({ code: 'A1', unknown: 1 });
    expect(Object.keys(dto)).toEqual(['code']);
    expect(dto).toBeInstanceOf(SampleCreate);
  });

  it('reports a missing body at ["body"]', async () => {
    expect(await issuesOf(body(undefined))).toEqual([{ type: 'missing', loc: ['body'], msg: 'Field required', input: null }]);
  });

  it('rejects an array body as a whole', async () => {
    const [issue] = await issuesOf(body([1]));
    expect(issue.loc).toEqual(['body']);
  });

  it('reports every failing field together, each with its location', async () => {
    const issues = await issuesOf(body({ name: 5, count: '3', strictness: 0, active: 'yes', day: '2025-02-30', status: 'weird' }));
    expect(issues.map((issue) => [issue.loc.join('.'), issue.type])).toEqual([
      ['body.code', 'missing'],
      ['body.name', 'string_type'],
      ['body.count', 'int_type'],
      ['body.strictness', 'greater_than'],
      ['body.active', 'bool_type'],
      ['body.day', 'date_from_datetime_parsing'],
      ['body.status', 'enum'],
    ]);
  });

  it('rejects blank and over-long identifying strings', async () => {
    expect((await issuesOf(body({ code: '   ' })))[0].type).toBe('string_too_short');
    expect((await issuesOf(body({ code: 'ABCDEF' })))[0].type).toBe('string_too_long');
  });

  it('accepts null for a nullable field but not for a required one', async () => {
    expect((await body({ code: 'A', name: null })).name).toBeNull();
    expect((await issuesOf(body({ code: null })))[0]).toMatchObject({ loc: ['body', 'code'], type: 'string_type' });
  });

  it('rejects null for an optional non-nullable field (PATCH of a NOT NULL column)', async () => {
    expect((await issuesOf(body({ code: 'A', count: null })))[0].loc).toEqual(['body', 'count']);
  });

  it('rejects integers outside the 32-bit range and fractions', async () => {
    expect((await issuesOf(body({ code: 'A', count: 2147483648 })))[0].type).toBe('less_than_equal');
    expect((await issuesOf(body({ code: 'A', count: 1.5 })))[0].type).toBe('int_type');
  });

  it('reads an offset-less datetime as UTC and keeps the offset when given', async () => {
    expect((await body({ code: 'A', at: '2025-01-01T10:00:00' })).at?.toISOString()).toBe('2025-01-01T10:00:00.000Z');
    expect((await body({ code: 'A', at: '2025-01-01T10:00:00+03:00' })).at?.toISOString()).toBe('2025-01-01T07:00:00.000Z');
    expect((await issuesOf(body({ code: 'A', at: 1735725600 })))[0].type).toBe('datetime_parsing');
  });

  it('never echoes the input of a secret field in a 422, while other fields keep theirs', async () => {
    const issues = await issuesOf(body({ code: 'TOO-LONG', token: 'secret-value-1' }));
    expect(issues.map((issue) => [issue.loc, issue.input])).toEqual([
      [['body', 'code'], 'TOO-LONG'],
      [['body', 'token'], '[redacted]'],
    ]);
    expect((await issuesOf(body({ code: 'A', token: 12345 })))[0].input).toBe('[redacted]');
  });

  it('parses query text: integers and word booleans, reporting unparsable values at ["query", name]', async () => {
    const query = (value: unknown) => pipe.transform(value, { type: 'query', metatype: SampleQuery }) as Promise<SampleQuery>;
    expect(await query({ limit: '10', explanation: 'Yes' })).toEqual(Object.assign(new SampleQuery(), { limit: 10, explanation: true }));
    const issues = await issuesOf(query({ limit: 'ten', explanation: 'maybe' }));
    expect(issues.map((issue) => issue.loc)).toEqual([
      ['query', 'limit'],
      ['query', 'explanation'],
    ]);
    expect((await issuesOf(query({ limit: '0' })))[0].type).toBe('greater_than_equal');
  });

  it('reads an id filter beyond the 32-bit range as no such id, and a non-integer one as a 422', async () => {
    const query = (value: unknown) => pipe.transform(value, { type: 'query', metatype: SampleQuery }) as Promise<SampleQuery>;
    expect((await query({ article_id: '-7' })).article_id).toBe(-7);
    expect((await query({ article_id: '99999999999' })).article_id).toBe(NO_SUCH_ID);
    expect((await issuesOf(query({ article_id: '1.5' })))[0].loc).toEqual(['query', 'article_id']);
  });
});
