import { PlanningOverridesInput, PolicyResolution, PolicySettingsRows, ResolvePolicyOptions } from '../engine-contract';

/** §4.2: first non-null, valid value along each field's chain, with its source. */
export function resolvePolicy(rows: PolicySettingsRows, overrides: PlanningOverridesInput | null, options: ResolvePolicyOptions = {}): PolicyResolution {
  void rows;
  void overrides;
  void options;
  throw new Error('not implemented');
}
