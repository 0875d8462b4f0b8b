import { Injectable, OnModuleInit } from '@nestjs/common';
import { DiscoveryService } from '@nestjs/core';
import { HealthIndicatorFunction, HealthIndicatorService } from '@nestjs/terminus';
import { ReadinessCheck, ReadinessIndicator } from '@supply-brain/common';
import { failureMessage, withTimeout } from './with-timeout';

interface NamedIndicator {
  name: string;
  indicator: ReadinessIndicator;
}

/** The readiness checks other modules contribute with `@ReadinessCheck(name)`, found once at start-up. */
@Injectable()
export class ContributedReadinessChecks implements OnModuleInit {
  private contributed: NamedIndicator[] = [];

  constructor(
    private readonly discovery: DiscoveryService,
    private readonly indicators: HealthIndicatorService,
  ) {}

  onModuleInit(): void {
    this.contributed = this.discovery
      .getProviders({ metadataKey: ReadinessCheck.KEY })
      .filter((wrapper) => wrapper.instance && typeof (wrapper.instance as ReadinessIndicator).checkReadiness === 'function')
      .map((wrapper) => ({
        name: this.discovery.getMetadataByDecorator(ReadinessCheck, wrapper) ?? wrapper.name,
        indicator: wrapper.instance as ReadinessIndicator,
      }))
      .sort((a, b) => a.name.localeCompare(b.name));
  }

  names(): string[] {
    return this.contributed.map(({ name }) => name);
  }

  asHealthIndicators(timeoutMs: number): HealthIndicatorFunction[] {
    return this.contributed.map(({ name, indicator }) => async () => {
      const check = this.indicators.check(name);
      try {
        const { ready, ...details } = await withTimeout(indicator.checkReadiness(), timeoutMs);
        return ready ? check.up(details) : check.down(details);
      } catch (error) {
        return check.down({ message: failureMessage(error) });
      }
    });
  }
}
