import { Injectable } from '@nestjs/common';
import { NotFoundError } from '@supply-brain/common';
import { TransactionHost } from '@supply-brain/database';
import { IntegrationAccountRepository, MoyskladAccountRepository, WbAccountRepository } from '../persistence/integration-account.repository';
import { IntegrationAccount, IntegrationAccountChanges, NewIntegrationAccount } from './integration-account';

/** CRUD of one kind of integration account; the kinds differ only in their table and entity name. */
export class IntegrationAccountsService {
  constructor(
    private readonly tx: TransactionHost,
    private readonly accounts: IntegrationAccountRepository,
    private readonly entityName: string,
  ) {}

  list(): Promise<IntegrationAccount[]> {
    return this.accounts.list();
  }

  async get(id: number): Promise<IntegrationAccount> {
    return (await this.accounts.findById(id)) ?? this.notFound();
  }

  create(account: NewIntegrationAccount): Promise<IntegrationAccount> {
    return this.tx.write(() => this.accounts.insert(account));
  }

  update(id: number, changes: IntegrationAccountChanges): Promise<IntegrationAccount> {
    return this.tx.write(async () => (await this.accounts.update(id, changes)) ?? this.notFound());
  }

  async delete(id: number): Promise<void> {
    const deleted = await this.tx.write(() => this.accounts.delete(id));
    if (!deleted) this.notFound();
  }

  private notFound(): never {
    throw new NotFoundError(`${this.entityName} not found`);
  }
}

@Injectable()
export class WbAccountsService extends IntegrationAccountsService {
  constructor(tx: TransactionHost, accounts: WbAccountRepository) {
    super(tx, accounts, 'WbIntegrationAccount');
  }
}

@Injectable()
export class MoyskladAccountsService extends IntegrationAccountsService {
  constructor(tx: TransactionHost, accounts: MoyskladAccountRepository) {
    super(tx, accounts, 'MoyskladIntegrationAccount');
  }
}
