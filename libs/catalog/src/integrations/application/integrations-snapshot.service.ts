import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@supply-brain/database';
import { MoyskladAccountRepository, WbAccountRepository } from '../persistence/integration-account.repository';
import { IntegrationAccount } from './integration-account';

export interface IntegrationsSnapshot {
  wbAccounts: IntegrationAccount[];
  moyskladAccounts: IntegrationAccount[];
}

@Injectable()
export class IntegrationsSnapshotService {
  constructor(
    private readonly tx: TransactionHost,
    private readonly wbAccounts: WbAccountRepository,
    private readonly moyskladAccounts: MoyskladAccountRepository,
  ) {}

  /** Every account of both kinds, active or not, read in one snapshot. */
  snapshot(): Promise<IntegrationsSnapshot> {
    return this.tx.read(async () => ({
      wbAccounts: await this.wbAccounts.list(),
      moyskladAccounts: await this.moyskladAccounts.list(),
    }));
  }
}
