import { Module } from '@nestjs/common';
import { IntegrationsSnapshotService } from './application/integrations-snapshot.service';
import { MoyskladAccountsService, WbAccountsService } from './application/integration-accounts.service';
import { IntegrationsSnapshotController } from './http/integrations-snapshot.controller';
import { MoyskladAccountsController, WbAccountsController } from './http/integration-accounts.controller';
import { MoyskladAccountRepository, WbAccountRepository } from './persistence/integration-account.repository';

/** WB and MoySklad integration accounts: CRUD with write-only tokens, and the integrations snapshot (01 §3.12). */
@Module({
  controllers: [IntegrationsSnapshotController, WbAccountsController, MoyskladAccountsController],
  providers: [WbAccountRepository, MoyskladAccountRepository, WbAccountsService, MoyskladAccountsService, IntegrationsSnapshotService],
})
export class IntegrationAccountsModule {}
