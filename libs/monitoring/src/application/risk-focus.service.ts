import { Injectable } from '@nestjs/common';
import { riskFocus, RiskFocusEntry } from '../domain/risk-focus';
import { PlanningInputs } from './planning-inputs.adapter';

/** The riskiest (article, bundle type) entries (03 §2.13): one risk portfolio, no order explanation. */
@Injectable()
export class RiskFocusService {
  constructor(private readonly planning: PlanningInputs) {}

  async topRisks(limit: number): Promise<RiskFocusEntry[]> {
    const entries = await this.planning.riskEntries();
    return riskFocus(entries, limit);
  }
}
