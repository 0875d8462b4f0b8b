import { Module } from '@nestjs/common';
import { APP_GUARD, DiscoveryModule } from '@nestjs/core';
import { AccessCoreModule } from './access-core.module';
import { AccessStartup } from './application/access-startup';
import { AccessGuard } from './guard/access.guard';
import { RouteAccessAudit } from './guard/route-access-audit';
import { ApiKeysController } from './http/api-keys.controller';
import { PlaintextTokenSweep } from './secrets/plaintext-token-sweep';

/**
 * Access control for the HTTP app: the global guard, the start-up audit that every route declares
 * its access, the bootstrap admin key, the admin routes for keys, and the plaintext-token sweep.
 */
@Module({
  imports: [AccessCoreModule, DiscoveryModule],
  controllers: [ApiKeysController],
  providers: [{ provide: APP_GUARD, useClass: AccessGuard }, RouteAccessAudit, AccessStartup, PlaintextTokenSweep],
})
export class AccessModule {}
