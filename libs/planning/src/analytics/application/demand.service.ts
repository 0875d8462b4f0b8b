import { Injectable } from '@nestjs/common';
import { NotFoundError } from '@supply-brain/common';
import { computeDemand, Demand } from '../domain/demand';
import { demandInputsOf } from '../domain/portfolio-inputs';
import { PortfolioInputsLoader } from './portfolio-inputs.loader';

@Injectable()
export class DemandService {
  constructor(private readonly loader: PortfolioInputsLoader) {}

  /** C1 for one existing article (an unknown one is a 404, 02 W-API-1). */
  async demandOf(articleId: number, targetDate: string): Promise<Demand> {
    const inputs = await this.loader.load({ articleIds: [articleId], byDefault: 'active' }, { demand: true }, targetDate);
    const [article] = inputs.articles;
    if (!article) throw new NotFoundError('Article not found');
    return computeDemand(demandInputsOf(inputs, article));
  }
}
