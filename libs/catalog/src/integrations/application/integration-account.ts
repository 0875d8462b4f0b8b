/*
 * An integration account as the use cases see it. The API token is write-only: it goes into the
 * database and never comes back out, so the read model only knows whether one is set.
 */

/** The WB accounts' `supplier_id` and the MoySklad accounts' `account_id`. */
export type ExternalAccountId = string | null;

export interface IntegrationAccount {
  id: number;
  name: string;
  externalId: ExternalAccountId;
  isActive: boolean;
  hasToken: boolean;
  createdAt: Date;
  updatedAt: Date;
}

export interface NewIntegrationAccount {
  name: string;
  externalId: ExternalAccountId;
  /** '' stands for "no token" (the column is NOT NULL). */
  apiToken: string;
  isActive: boolean;
}

/** The fields a PATCH names; absent ones stay as they are. */
export type IntegrationAccountChanges = Partial<NewIntegrationAccount>;

/** The token column's value for "no token". */
export const NO_TOKEN = '';
