import { toIsoInstant } from '@supply-brain/common';
import { IntegrationAccount, IntegrationAccountChanges, NewIntegrationAccount, NO_TOKEN } from '../application/integration-account';
import { IntegrationsSnapshot } from '../application/integrations-snapshot.service';
import { CreateIntegrationAccountFields, UpdateIntegrationAccountFields } from './dto/integration-account.request';
import { IntegrationAccountFields } from './dto/integration-account.response';
import { IntegrationsConfigSnapshotResponse } from './dto/integrations-snapshot.response';

/** The wire name of an account kind's external id. */
export type ExternalIdField = 'supplier_id' | 'account_id';

type WithExternalId<T> = T & Partial<Record<ExternalIdField, string | null>>;
export type CreateAccountBody = WithExternalId<CreateIntegrationAccountFields>;
export type UpdateAccountBody = WithExternalId<UpdateIntegrationAccountFields>;
export type AccountResponse = IntegrationAccountFields & Partial<Record<ExternalIdField, string | null>>;

export function toNewAccount(body: CreateAccountBody, field: ExternalIdField): NewIntegrationAccount {
  return {
    name: body.name,
    externalId: body[field] ?? null,
    apiToken: body.api_token ?? NO_TOKEN,
    isActive: body.is_active ?? true,
  };
}

/** Only the fields present in the body; a null token means "remove it". */
export function toAccountChanges(body: UpdateAccountBody, field: ExternalIdField): IntegrationAccountChanges {
  return {
    name: body.name,
    externalId: body[field],
    apiToken: body.api_token === null ? NO_TOKEN : body.api_token,
    isActive: body.is_active,
  };
}

export function toAccountResponse(account: IntegrationAccount, field: ExternalIdField): AccountResponse {
  return {
    id: account.id,
    name: account.name,
    [field]: account.externalId,
    is_active: account.isActive,
    has_token: account.hasToken,
    created_at: toIsoInstant(account.createdAt),
    updated_at: toIsoInstant(account.updatedAt),
  };
}

/** Built field by field: nothing else of an account row may reach the snapshot. */
export function toIntegrationsSnapshotResponse(snapshot: IntegrationsSnapshot): IntegrationsConfigSnapshotResponse {
  return {
    wb_accounts: snapshot.wbAccounts.map(({ id, name, externalId, isActive }) => ({ id, name, supplier_id: externalId, is_active: isActive })),
    moysklad_accounts: snapshot.moyskladAccounts.map(({ id, name, externalId, isActive }) => ({
      id,
      name,
      account_id: externalId,
      is_active: isActive,
    })),
  };
}
