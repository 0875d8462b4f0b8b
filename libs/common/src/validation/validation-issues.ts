import { ValidationError } from 'class-validator';
import { ValidationIssue } from '../errors/domain-errors';

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
      const type = (error.contexts?.[name]?.type as string | undefined) ?? name;
      issues.push({ type, loc: [location, ...path], msg: message, input: error.value ?? null });
    }
    if (error.children?.length) issues.push(...toValidationIssues(error.children, location, path));
  }
  return issues;
}
