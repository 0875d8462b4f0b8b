import { Client } from 'pg';

/**
 * Counts the SQL statements sent to PostgreSQL while `work` runs, at the driver level, so ORM
 * finds, query builders and raw queries all count (transaction control statements included).
 */
export async function countStatements<T>(work: () => Promise<T>): Promise<{ result: T; statements: number }> {
  const spy = jest.spyOn(Client.prototype, 'query');
  try {
    const result = await work();
    return { result, statements: spy.mock.calls.length };
  } finally {
    spy.mockRestore();
  }
}
