import { Controller, Get, Post } from '@nestjs/common';
import { ApiKeysService } from '@supply-brain/access';
import { RequireRole, Role } from '@supply-brain/common';
import { TestApp } from '../support/test-app';

/** A key of each role, issued through the service (the admin routes are tested separately). */
export async function issueKeys(t: TestApp): Promise<Record<Role, string>> {
  const keys = t.app.get(ApiKeysService);
  const suffix = Math.random().toString(36).slice(2, 8);
  return {
    [Role.Reader]: (await keys.create(`reader-${suffix}`, Role.Reader)).secret,
    [Role.Planner]: (await keys.create(`planner-${suffix}`, Role.Planner)).secret,
    [Role.Admin]: (await keys.create(`admin-${suffix}`, Role.Admin)).secret,
  };
}

export const bearer = (key: string) => ({ Authorization: `Bearer ${key}` });

/** Routes that exist only in tests: a failure with a stack, and a slow read. */
@RequireRole(Role.Reader)
@Controller('test-only')
export class TestOnlyController {
  @Get('boom')
  boom(): never {
    throw new Error('kaboom: an unexpected failure');
  }

  @Get('slow')
  async slow(): Promise<{ done: boolean }> {
    // Outlives the request (it times out first): unref'd so it cannot hold a worker open after the file.
    await new Promise((resolve) => setTimeout(resolve, 1500).unref());
    return { done: true };
  }
}

/** A route that forgot its access declaration: the app must refuse to start. */
@Controller('forgotten')
export class UndeclaredController {
  @Post('write')
  write(): void {}
}
