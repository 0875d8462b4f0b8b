import { Column, Entity } from 'typeorm';
import { IntegrationAccountColumns } from './integration-account.columns';

/** A MoySklad (ERP) API account. */
@Entity({ name: 'moysklad_integration_accounts' })
export class MoyskladIntegrationAccount extends IntegrationAccountColumns {
  @Column({ name: 'account_id', type: 'varchar', nullable: true })
  accountId: string | null;
}
