import { applyDecorators } from '@nestjs/common';
import { ApiProperty } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { Allow } from 'class-validator';
import { isInt32, NO_SUCH_ID, parseIntegerText, UnprocessableError, ValidationIssue } from '@supply-brain/common';

/*
 * A repeatable id query parameter (`?article_ids=1&article_ids=2`, commas never split, 02 §0.2).
 * Each bad element is reported at its own index (`["query","article_ids",0]`), which a
 * property-level rule cannot express, so the list is checked while it is transformed.
 */
export function QueryArticleIds(description: string): PropertyDecorator {
  return applyDecorators(
    Transform(({ value }) => {
      if (value === undefined) return undefined;
      const texts: unknown[] = Array.isArray(value) ? value : [value];
      const issues: ValidationIssue[] = [];
      const ids = texts.map((text, index) => {
        const parsed = typeof text === 'string' ? parseIntegerText(text) : undefined;
        if (parsed === undefined) {
          issues.push({ type: 'int_parsing', loc: ['query', 'article_ids', index], msg: 'Input should be a valid integer', input: text });
        }
        // Beyond 32 bits an id names no article, so it is skipped like any unknown id.
        return parsed !== undefined && isInt32(parsed) ? parsed : NO_SUCH_ID;
      });
      if (issues.length > 0) throw new UnprocessableError(issues);
      return ids;
    }),
    Allow(),
    ApiProperty({ required: false, type: 'integer', format: 'int32', isArray: true, description }),
  );
}
