import { Column, Entity } from 'typeorm';
import { IntegrationAccountColumns } from './integration-account.columns';

/** A Wildberries seller API account. */
@Entity({ name: 'wb_integration_accounts' })
export class WbIntegrationAccount extends IntegrationAccountColumns {
  /** The marketplace's seller id. */
  @Column({ name: 'supplier_id', type: 'varchar', nullable: true })
  supplierId: string | null;
}
