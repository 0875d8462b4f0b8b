import { types } from 'pg';

/*
 * Counts and sums come back from PostgreSQL as bigint/numeric text; the API emits JSON numbers
 * (conventions §6). DATE stays the plain `YYYY-MM-DD` text so no time zone can shift it.
 */
types.setTypeParser(types.builtins.INT8, (text) => Number(text));
types.setTypeParser(types.builtins.NUMERIC, (text) => Number(text));
types.setTypeParser(types.builtins.DATE, (text) => text);
