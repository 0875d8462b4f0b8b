import { writeFileSync } from 'node:fs';
import { INestApplicationContext } from '@nestjs/common';
import { AppConfig, Role, ROLES_IN_ORDER } from '@supply-brain/common';
import { ApiKeysService } from '../application/api-keys.service';
import { embeddedSecretsKeyFile } from '../secrets/secrets-cipher.provider';
import { generateSecretsKey, SecretsCipher } from '../secrets/secrets-cipher';
import { SecretsRotationService } from '../secrets/secrets-rotation.service';

export interface CliOutput {
  log(line: string): void;
  error(line: string): void;
}

export const CLI_USAGE = [
  'Usage: npm run cli -- <command>',
  '  api-key create --role reader|planner|admin --name <name>   issue a key (printed once)',
  '  api-key list                                              every key, without the keys themselves',
  '  api-key revoke <id>                                       revoke a key at once',
  '  secrets rotate                                            re-encrypt integration tokens under NEW_SECRETS_KEY',
  '                                                            (or a generated key, printed once)',
].join('\n');

class UsageError extends Error {}

/** `--name x --role y` and positionals. */
function parseArguments(args: string[]): { positional: string[]; options: Record<string, string> } {
  const positional: string[] = [];
  const options: Record<string, string> = {};
  for (let index = 0; index < args.length; index++) {
    const arg = args[index];
    if (!arg.startsWith('--')) {
      positional.push(arg);
      continue;
    }
    const [name, inline] = arg.slice(2).split('=', 2);
    const value = inline ?? args[++index];
    if (value === undefined) throw new UsageError(`--${name} needs a value`);
    options[name] = value;
  }
  return { positional, options };
}

/** The operator commands for keys and secrets, run against an application context; returns the exit code. */
export async function runAccessCli(args: string[], context: INestApplicationContext, out: CliOutput): Promise<number> {
  try {
    const { positional, options } = parseArguments(args);
    const command = positional.slice(0, 2).join(' ');
    switch (command) {
      case 'api-key create':
        return await createKey(context.get(ApiKeysService), options, out);
      case 'api-key list':
        return await listKeys(context.get(ApiKeysService), out);
      case 'api-key revoke':
        return await revokeKey(context.get(ApiKeysService), positional[2], out);
      case 'secrets rotate':
        return await rotateSecrets(context, out);
      default:
        throw new UsageError(command ? `Unknown command: ${command}` : 'No command given');
    }
  } catch (error) {
    out.error(error instanceof UsageError ? `${error.message}\n${CLI_USAGE}` : `Failed: ${(error as Error).message}`);
    return error instanceof UsageError ? 2 : 1;
  }
}

async function createKey(keys: ApiKeysService, options: Record<string, string>, out: CliOutput): Promise<number> {
  const role = options.role as Role;
  if (!ROLES_IN_ORDER.includes(role)) throw new UsageError(`--role must be one of ${ROLES_IN_ORDER.join(', ')}`);
  const name = options.name ?? '';
  if (name.trim() === '' || name.length > 100) throw new UsageError('--name must be 1 to 100 characters, not blank');
  const { record, secret } = await keys.create(name, role);
  out.log(`Created API key #${record.id} "${record.name}" with role ${record.role}. The key is shown only this once:`);
  out.log(secret);
  return 0;
}

async function listKeys(keys: ApiKeysService, out: CliOutput): Promise<number> {
  out.log(['id', 'name', 'role', 'prefix', 'created_at', 'last_used_at', 'revoked_at'].join('\t'));
  for (const key of await keys.list()) {
    const instant = (value: Date | null) => (value ? value.toISOString() : '-');
    out.log([key.id, key.name, key.role, key.keyPrefix, instant(key.createdAt), instant(key.lastUsedAt), instant(key.revokedAt)].join('\t'));
  }
  return 0;
}

async function revokeKey(keys: ApiKeysService, idText: string | undefined, out: CliOutput): Promise<number> {
  if (!idText || !/^\d+$/.test(idText)) throw new UsageError('api-key revoke needs the key id (see api-key list)');
  const key = await keys.revoke(Number(idText));
  out.log(`Revoked API key #${key.id} "${key.name}" at ${key.revokedAt!.toISOString()}`);
  return 0;
}

async function rotateSecrets(context: INestApplicationContext, out: CliOutput): Promise<number> {
  const config = context.get(AppConfig);
  const given = process.env.NEW_SECRETS_KEY?.trim();
  const nextKey = given || generateSecretsKey();
  const next = SecretsCipher.fromBase64(nextKey);
  const rotated = await context.get(SecretsRotationService).rotate(next);
  out.log(`Re-encrypted ${rotated} integration token(s) under the new key ${next.keyId}.`);
  if (!config.get('SECRETS_KEY') && !config.get('DATABASE_URL')) {
    const file = embeddedSecretsKeyFile(config.get('EMBEDDED_DB_DIR'));
    writeFileSync(file, `${nextKey}\n`, { mode: 0o600 });
    out.log(`Wrote the new key to ${file}.`);
  } else {
    if (!given) out.log(`New SECRETS_KEY (shown only this once): ${nextKey}`);
    out.log('Set SECRETS_KEY to the new key on every replica and restart them.');
  }
  return 0;
}
