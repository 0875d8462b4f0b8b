import { Injectable } from '@nestjs/common';
import { NotFoundError } from '@supply-brain/common';
import { TransactionHost } from '@supply-brain/database';
import { computeDemand, Demand } from '../domain/demand';
import { DemandRepository } from '../persistence/demand.repository';

@Injectable()
export class DemandService {
  constructor(
    private readonly tx: TransactionHost,
    private readonly repository: DemandRepository,
  ) {}

  /** C1 for one existing article (an unknown one is a 404, 02 W-API-1). */
  demandOf(articleId: number, targetDate: string): Promise<Demand> {
    return this.tx.read(async () => {
      const existing = await this.repository.existingArticleIds([articleId]);
      if (!existing.has(articleId)) throw new NotFoundError('Article not found');
      const [inputs] = await this.repository.loadDemandInputs([articleId], targetDate);
      return computeDemand(inputs);
    });
  }
}
