import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { validateEnvironment } from '@supply-brain/common';

const ROOT = join(__dirname, '..');
const read = (file: string) => readFileSync(join(ROOT, file), 'utf8');

type Service = {
  image?: string;
  build?: unknown;
  environment?: Record<string, string>;
  ports?: string[];
  depends_on?: Record<string, { condition: string }>;
  healthcheck?: { test: string[] | string };
};

/** Every variable the service reads: the validated environment's keys (DATABASE_URL has no default). */
const KNOWN_VARIABLES = Object.keys(validateEnvironment({ DATABASE_URL: 'postgres://x@y/z' }));

/** Dockerfile instructions as [stage index, INSTRUCTION, arguments], line continuations joined. */
function dockerInstructions(text: string): Array<[number, string, string]> {
  let stage = -1;
  return text
    .replace(/\\\n/g, ' ')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'))
    .map((line) => {
      const [instruction, ...rest] = line.split(/\s+/);
      if (instruction.toUpperCase() === 'FROM') stage += 1;
      return [stage, instruction.toUpperCase(), rest.join(' ')] as [number, string, string];
    });
}

describe('Deployment files', () => {
  describe('docker-compose.yml', () => {
    const compose = parse(read('docker-compose.yml')) as { services: Record<string, Service> };
    const { db, backend, backend2 } = compose.services;

    it('declares the database and two backend replicas', () => {
      expect(Object.keys(compose.services).sort()).toEqual(['backend', 'backend2', 'db']);
    });

    it('runs PostgreSQL 16 with a pg_isready healthcheck', () => {
      expect(db.image).toMatch(/^postgres:16(\b|$)/);
      expect(JSON.stringify(db.healthcheck?.test)).toContain('pg_isready');
    });

    it('publishes backend on port 8000 and backend2 on port 8001', () => {
      expect(backend.ports).toEqual(['8000:8000']);
      expect(backend2.ports).toEqual(['8001:8000']);
    });

    it.each(['backend', 'backend2'])('%s uses the db service’s credentials and database, and starts once db is healthy', (name) => {
      const service = compose.services[name];
      const url = new URL(service.environment!.DATABASE_URL);
      expect(url.hostname).toBe('db');
      expect(url.port).toBe('5432');
      expect(decodeURIComponent(url.username)).toBe(db.environment!.POSTGRES_USER);
      expect(decodeURIComponent(url.password)).toBe(db.environment!.POSTGRES_PASSWORD);
      expect(url.pathname).toBe(`/${db.environment!.POSTGRES_DB}`);
      expect(service.depends_on).toEqual({ db: { condition: 'service_healthy' } });
      expect(service.build).toBe('.');
    });

    it('both replicas are the same image with the same configuration, and only set variables the service reads', () => {
      expect(backend2.image).toBe(backend.image);
      expect(backend2.environment).toEqual(backend.environment);
      expect(Object.keys(backend.environment!).filter((name) => !KNOWN_VARIABLES.includes(name))).toEqual([]);
      expect(validateEnvironment(backend.environment!)).toMatchObject({ PORT: 8000, DB_MIGRATIONS_RUN: true });
    });
  });

  describe('Dockerfile', () => {
    const instructions = dockerInstructions(read('Dockerfile'));
    const stages = instructions.filter(([, instruction]) => instruction === 'FROM');
    const last = stages.length - 1;
    const finalStage = instructions.filter(([stage]) => stage === last);

    it('is multi-stage and the final stage copies the build output from an earlier stage', () => {
      expect(stages.length).toBeGreaterThanOrEqual(2);
      expect(stages.every(([, , args]) => /\bAS\s+\w+/i.test(args))).toBe(true);
      expect(finalStage.some(([, instruction, args]) => instruction === 'COPY' && /--from=\w+\s+\/app\/dist\b/.test(args))).toBe(true);
    });

    it('installs production dependencies only in the final stage', () => {
      const installs = finalStage.filter(([, instruction, args]) => instruction === 'RUN' && /\bnpm (ci|install)\b/.test(args));
      expect(installs).toHaveLength(1);
      expect(installs[0][2]).toContain('npm ci --omit=dev');
    });

    it('runs as a non-root user and starts the compiled server', () => {
      const users = finalStage.filter(([, instruction]) => instruction === 'USER').map(([, , args]) => args);
      expect(users.length).toBeGreaterThan(0);
      expect(users[users.length - 1]).not.toMatch(/^(root|0)(:|$)/);
      const lastUserIndex = finalStage.findIndex(([, instruction, args]) => instruction === 'USER' && args === users[users.length - 1]);
      expect(finalStage.slice(lastUserIndex + 1).every(([, instruction]) => ['CMD', 'ENTRYPOINT', 'HEALTHCHECK', 'EXPOSE', 'ENV', 'LABEL'].includes(instruction))).toBe(true);
      const [, , command] = finalStage.find(([, instruction]) => instruction === 'CMD')!;
      expect(JSON.parse(command)).toEqual(['node', 'dist/apps/api/src/main.js']);
      expect(existsSync(join(ROOT, 'apps/api/src/main.ts'))).toBe(true);
    });

    it('exposes 8000 and checks readiness through /health/ready', () => {
      expect(finalStage.some(([, instruction, args]) => instruction === 'EXPOSE' && args === '8000')).toBe(true);
      expect(finalStage.some(([, instruction, args]) => instruction === 'HEALTHCHECK' && args.includes('/health/ready'))).toBe(true);
    });

    it('the build context leaves out local state and dependencies', () => {
      const ignored = read('.dockerignore').split('\n').map((line) => line.trim());
      expect(ignored).toEqual(expect.arrayContaining(['.git', 'node_modules', 'dist', '.data', '.env']));
    });
  });

  describe('README', () => {
    const readme = read('README.md');

    it('documents every configuration variable', () => {
      expect(KNOWN_VARIABLES.filter((name) => !readme.includes(`\`${name}\``))).toEqual([]);
    });

    it('the configuration table states each default as the code applies it', () => {
      const defaults = validateEnvironment({}) as unknown as Record<string, unknown>;
      const stated = Object.fromEntries(
        [...readme.matchAll(/^\| `([A-Z_]+)` \| ([^|]+) \|/gm)].map(([, name, cell]) => [name, cell.trim()]),
      );
      const wrong = KNOWN_VARIABLES.filter((name) => {
        const expected = defaults[name] === undefined ? 'unset' : `\`${String(defaults[name])}\``;
        return stated[name] !== expected;
      });
      expect(wrong).toEqual([]);
    });

    it('its test command is the one CI runs, and its first npm test command', () => {
      expect(readme).toContain('npm ci && npm test');
      expect(readme).toContain('npm ci && npm start');
      expect(read('.ci/run')).toMatch(/^npm ci && npm test$/m);
      expect(readme.match(/npm (run )?test[^`\n]*/)?.[0]).toBe('npm test');
    });
  });
});
