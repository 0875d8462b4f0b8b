import { DiscoveryService } from '@nestjs/core';

/** What a component reports about itself; any other keys are shown as details. */
export interface ReadinessReport {
  ready: boolean;
  [detail: string]: unknown;
}

/** A component whose state decides whether this replica may take traffic. */
export interface ReadinessIndicator {
  checkReadiness(): Promise<ReadinessReport>;
}

/**
 * Marks a provider implementing `ReadinessIndicator`; `GET /health/ready` discovers every marked
 * provider and reports it under the given name, e.g. `@ReadinessCheck('scheduler')`. Modules
 * contribute checks this way without depending on the health module.
 */
export const ReadinessCheck = DiscoveryService.createDecorator<string>();
