import { applyDecorators } from '@nestjs/common';
import { ApiProperty } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { Allow } from 'class-validator';
import { isInt32, NO_SUCH_ID, parseIntegerText, UnprocessableError, ValidationIssue } from '@supply-brain/common';

const INT_TYPE = 'int_type';
const INT_MESSAGE = 'Input should be a valid integer';

/*
 * Id lists report each bad element at its own index (`["query","article_ids",0]`), which a
 * property-level rule cannot express, so the list is checked while it is transformed.
 */

/**
 * A repeatable integer query parameter (`?article_ids=1&article_ids=2`); one occurrence is a
 * one-element list, commas are never split. An id beyond the 32-bit range names no row (00 §2).
 */
export function QueryIdList(name: string, description: string): PropertyDecorator {
  return applyDecorators(
    Transform(({ value }) => {
      if (value === undefined) return undefined;
      const texts: unknown[] = Array.isArray(value) ? value : [value];
      const issues: ValidationIssue[] = [];
      const ids = texts.map((text, index) => {
        const parsed = typeof text === 'string' ? parseIntegerText(text) : undefined;
        if (parsed === undefined) issues.push({ type: INT_TYPE, loc: ['query', name, index], msg: INT_MESSAGE, input: text });
        return parsed !== undefined && isInt32(parsed) ? parsed : NO_SUCH_ID;
      });
      if (issues.length > 0) throw new UnprocessableError(issues);
      return ids;
    }),
    Allow(),
    ApiProperty({ required: false, type: 'integer', format: 'int32', isArray: true, description }),
  );
}

/** An optional JSON array of 32-bit integers, or `null`. */
export function BodyIdList(name: string, description: string): PropertyDecorator {
  return applyDecorators(
    Transform(({ value }) => {
      if (value === undefined || value === null) return value;
      if (!Array.isArray(value)) {
        throw UnprocessableError.single(['body', name], 'Input should be a valid list', 'list_type', value);
      }
      const issues: ValidationIssue[] = [];
      value.forEach((element: unknown, index) => {
        if (typeof element !== 'number' || !Number.isInteger(element)) {
          issues.push({ type: INT_TYPE, loc: ['body', name, index], msg: INT_MESSAGE, input: element });
        } else if (!isInt32(element)) {
          issues.push({ type: 'less_than_equal', loc: ['body', name, index], msg: 'Input should be a 32-bit integer', input: element });
        }
      });
      if (issues.length > 0) throw new UnprocessableError(issues);
      return value;
    }),
    Allow(),
    ApiProperty({ required: false, nullable: true, type: 'integer', format: 'int32', isArray: true, description }),
  );
}
