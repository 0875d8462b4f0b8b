import { ApiProperty } from '@nestjs/swagger';

/** What both account kinds answer; the token itself is never part of a response. */
export abstract class IntegrationAccountFields {
  @ApiProperty({ type: 'integer', format: 'int32' })
  id: number;

  @ApiProperty()
  name: string;

  @ApiProperty()
  is_active: boolean;

  @ApiProperty({ description: 'Whether an API token is stored (the token itself is write-only)' })
  has_token: boolean;

  @ApiProperty({ type: String, format: 'date-time' })
  created_at: string;

  @ApiProperty({ type: String, format: 'date-time', description: 'Moves on every change, strictly increasing' })
  updated_at: string;
}

export class WbAccountResponse extends IntegrationAccountFields {
  @ApiProperty({ type: String, nullable: true, description: 'The marketplace seller id' })
  supplier_id: string | null;
}

export class MoyskladAccountResponse extends IntegrationAccountFields {
  @ApiProperty({ type: String, nullable: true, description: 'The MoySklad account id' })
  account_id: string | null;
}
