import { ApiProperty } from '@nestjs/swagger';

/** Wire shape of GET /planning/integrations/config-snapshot (01 §3.12): four fields per account, never a secret. */

export class WbAccountSnapshot {
  @ApiProperty({ type: 'integer', format: 'int32' })
  id: number;

  @ApiProperty()
  name: string;

  @ApiProperty({ type: String, nullable: true })
  supplier_id: string | null;

  @ApiProperty()
  is_active: boolean;
}

export class MoyskladAccountSnapshot {
  @ApiProperty({ type: 'integer', format: 'int32' })
  id: number;

  @ApiProperty()
  name: string;

  @ApiProperty({ type: String, nullable: true })
  account_id: string | null;

  @ApiProperty()
  is_active: boolean;
}

export class IntegrationsConfigSnapshotResponse {
  @ApiProperty({ type: [WbAccountSnapshot], description: 'Active and inactive, ascending id' })
  wb_accounts: WbAccountSnapshot[];

  @ApiProperty({ type: [MoyskladAccountSnapshot], description: 'Active and inactive, ascending id' })
  moysklad_accounts: MoyskladAccountSnapshot[];
}
