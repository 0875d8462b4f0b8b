import { ValidationError } from 'class-validator';
import { ValidationIssue } from '../errors/domain-errors';

/** What a 422 shows instead of the value of a secret field (see `StringField({ secret })`). */
export const REDACTED_INPUT = '[redacted]';

/** Flattens class-validator's tree into the `{type, loc, msg, input}` list of the wire format. */
export function toValidationIssues(
  errors: ValidationError[],
  location: 'body' | 'query' | 'path' | 'header',
  parentPath: Array<string | number> = [],
): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  for (const error of errors) {
    const key = /^\d+$/.test(error.property) ? Number(error.property) : error.property;
    const path = [...parentPath, key];
    const constraints = Object.entries(error.constraints ?? {});
    if (constraints.length > 0) {
      const [name, message] = constraints[0];
      const context = error.contexts?.[name];
      const type = (context?.type as string | undefined) ?? name;
      const input = context?.secret ? REDACTED_INPUT : error.value ?? null;
      issues.push({ type, loc: [location, ...path], msg: message, input });
    }
    if (error.children?.length) issues.push(...toValidationIssues(error.children, location, path));
  }
  return issues;
}
