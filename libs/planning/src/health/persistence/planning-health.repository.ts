import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@supply-brain/database';

/** The one lookup the health routes make themselves; the portfolios come from their own services. */
@Injectable()
export class PlanningHealthRepository {
  constructor(private readonly tx: TransactionHost) {}

  async articleExists(articleId: number): Promise<boolean> {
    const rows: unknown[] = await this.tx.manager.query('SELECT 1 FROM article WHERE id = $1', [articleId]);
    return rows.length > 0;
  }
}
