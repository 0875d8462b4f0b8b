import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

/** The `{"detail": "<message>"}` body of every 4xx/5xx except request validation. */
export class ErrorResponse {
  @ApiProperty({ description: 'Human-readable message; the quoted messages of the API are stable.' })
  detail: string;

  @ApiPropertyOptional({ description: 'Present on 5xx: the request id, also logged with the stack trace.' })
  error_id?: string;
}

export class ValidationIssueDto {
  @ApiProperty({ example: 'missing' })
  type: string;

  @ApiProperty({
    type: 'array',
    items: { oneOf: [{ type: 'string' }, { type: 'integer' }] },
    example: ['body', 'code'],
  })
  loc: Array<string | number>;

  @ApiProperty({ example: 'Field required' })
  msg: string;

  @ApiProperty({ description: 'The offending input', nullable: true })
  input: unknown;
}

/** 422: every failing input of the request, reported together. */
export class ValidationErrorResponse {
  @ApiProperty({ type: [ValidationIssueDto] })
  detail: ValidationIssueDto[];
}
