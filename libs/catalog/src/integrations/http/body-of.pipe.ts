import { ArgumentMetadata, PipeTransform, Type } from '@nestjs/common';
import { RequestValidationPipe } from '@supply-brain/common';

/**
 * Validates a body against a DTO class chosen at runtime. Controllers built by a factory declare a
 * generic parameter type, which the global pipe sees as a plain Object and passes through untouched.
 */
export class BodyOf implements PipeTransform {
  private static readonly validation = new RequestValidationPipe();

  constructor(private readonly dto: Type<object>) {}

  transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    return BodyOf.validation.transform(value, { ...metadata, metatype: this.dto });
  }
}
