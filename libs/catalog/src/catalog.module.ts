import { Module } from '@nestjs/common';
import { IntegrationAccountsModule } from './integrations/integration-accounts.module';
import { PlanningConfigModule } from './planning-config/planning-config.module';
import { CatalogResourcesModule } from './resources';

/** Catalog & settings: master data CRUD, planning configuration snapshots, integration accounts. */
@Module({
  imports: [CatalogResourcesModule, PlanningConfigModule, IntegrationAccountsModule],
})
export class CatalogModule {}
