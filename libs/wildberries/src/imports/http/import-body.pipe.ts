import { PipeTransform, Type } from '@nestjs/common';
import { RequestValidationPipe, toValidationIssues, UnprocessableError, ValidationIssue } from '@supply-brain/common';
import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import { CompiledRowRules, compileRowRules } from './compiled-row-check';

/** The options the global validation pipe uses, so a row's issues read the same as any other body's. */
const VALIDATION_OPTIONS = {
  whitelist: true,
  forbidNonWhitelisted: false,
  forbidUnknownValues: false,
  stopAtFirstError: true,
  validationError: { target: false, value: true },
};

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Validates an import body: its top-level fields through the shared pipe, its `items` row by row
 * (screened by a compiled check, failing rows fully validated). Every issue of the request, top
 * level and rows, is reported together with `loc ["body","items",<index>,<field>]`.
 * Used as `@Body(new ImportBodyPipe(Request, Item))` with a body parameter typed by an interface,
 * so the global pipe leaves the body to this one.
 */
export class ImportBodyPipe<T extends { items: object[] }> implements PipeTransform<unknown, Promise<T>> {
  private readonly bodyPipe = new RequestValidationPipe();
  private readonly rowRules: CompiledRowRules;

  constructor(
    private readonly requestClass: Type<T>,
    private readonly itemClass: Type<object>,
  ) {
    this.rowRules = compileRowRules(itemClass);
  }

  async transform(body: unknown): Promise<T> {
    const items = isPlainObject(body) ? body.items : undefined;
    const rowsToCheck = Array.isArray(items) ? items : undefined;
    const issues: ValidationIssue[] = [];
    let request: T | undefined;
    try {
      // The rows are left out here: they are validated below, one class instance each.
      const topLevel = rowsToCheck ? { ...(body as Record<string, unknown>), items: [] } : body;
      request = (await this.bodyPipe.transform(topLevel, { type: 'body', metatype: this.requestClass })) as T;
    } catch (error) {
      if (!(error instanceof UnprocessableError)) throw error;
      issues.push(...error.issues);
    }
    const rows = rowsToCheck ? await this.validateRows(rowsToCheck, issues) : [];
    if (issues.length > 0 || !request) throw new UnprocessableError(issues);
    request.items = rows;
    return request;
  }

  private async validateRows(items: unknown[], issues: ValidationIssue[]): Promise<object[]> {
    const rows: object[] = [];
    for (let index = 0; index < items.length; index++) {
      const item = items[index];
      if (!isPlainObject(item)) {
        issues.push({ type: 'model_attributes_type', loc: ['body', 'items', index], msg: 'Input should be a valid dictionary or object', input: item });
        continue;
      }
      const row = this.rowRules.read(item);
      if (!this.rowRules.check?.(row)) {
        // The full validator, on the row as the global pipe would build it, for its exact issues.
        const errors = await validate(plainToInstance(this.itemClass, item), VALIDATION_OPTIONS);
        if (errors.length > 0) issues.push(...toValidationIssues(errors, 'body', ['items', index]));
      }
      rows.push(row);
    }
    return rows;
  }
}
