import { ApiProperty } from '@nestjs/swagger';
import { Role, ROLES_IN_ORDER } from '@supply-brain/common';

export class ApiKeyResponse {
  @ApiProperty({ type: 'integer', format: 'int32' })
  id: number;

  @ApiProperty()
  name: string;

  @ApiProperty({ enum: ROLES_IN_ORDER, enumName: 'ApiKeyRole' })
  role: Role;

  @ApiProperty({ description: 'The first characters of the key, to recognise it', example: 'sb_Q2x1c3R' })
  prefix: string;

  @ApiProperty({ type: String, format: 'date-time' })
  created_at: string;

  @ApiProperty({ type: String, format: 'date-time', nullable: true, description: 'Refreshed at most once a minute' })
  last_used_at: string | null;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  revoked_at: string | null;
}

export class CreatedApiKeyResponse extends ApiKeyResponse {
  @ApiProperty({ description: 'The key itself: shown in this answer only, store it now', example: 'sb_Q2x1c3RlcktleUV4YW1wbGVGb3JEb2N1bWVudGF0aW9u' })
  key: string;
}
