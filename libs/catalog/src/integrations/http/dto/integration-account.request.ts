import { BooleanField, StringField } from '@supply-brain/common';

/*
 * Request bodies; each account kind has its own named classes (for OpenAPI) that add its external
 * id field to the shared ones. `api_token` is write-only: it is stored, never returned.
 */

export abstract class CreateIntegrationAccountFields {
  @StringField({ required: true, notBlank: true })
  name: string;

  @StringField({ nullable: true, secret: true, description: 'API token, write-only. Absent or null: no token.' })
  api_token?: string | null;

  @BooleanField({ description: 'Defaults to true' })
  is_active?: boolean;
}

export abstract class UpdateIntegrationAccountFields {
  @StringField({ notBlank: true })
  name?: string;

  @StringField({ nullable: true, secret: true, description: 'Replaces the API token; null removes it.' })
  api_token?: string | null;

  @BooleanField()
  is_active?: boolean;
}

export class CreateWbAccountRequest extends CreateIntegrationAccountFields {
  @StringField({ nullable: true, description: 'The marketplace seller id' })
  supplier_id?: string | null;
}

export class UpdateWbAccountRequest extends UpdateIntegrationAccountFields {
  @StringField({ nullable: true, description: 'The marketplace seller id' })
  supplier_id?: string | null;
}

export class CreateMoyskladAccountRequest extends CreateIntegrationAccountFields {
  @StringField({ nullable: true, description: 'The MoySklad account id' })
  account_id?: string | null;
}

export class UpdateMoyskladAccountRequest extends UpdateIntegrationAccountFields {
  @StringField({ nullable: true, description: 'The MoySklad account id' })
  account_id?: string | null;
}
