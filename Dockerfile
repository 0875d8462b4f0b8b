# syntax=docker/dockerfile:1

# Build stage: full dependency tree, TypeScript compiled to dist/.
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci
COPY tsconfig.json tsconfig.build.json nest-cli.json ./
COPY apps ./apps
COPY libs ./libs
COPY migrations ./migrations
RUN npm run build

# Runtime stage: production dependencies and the compiled code only, run as a non-root user.
FROM node:20-bookworm-slim AS runtime
ENV NODE_ENV=production \
    PORT=8000
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev && npm cache clean --force
COPY --from=build /app/dist ./dist
# Only used when DATABASE_URL is unset (embedded PostgreSQL); must be writable by the app user.
RUN mkdir -p .data && chown node:node .data
EXPOSE 8000
HEALTHCHECK --interval=10s --timeout=3s --start-period=30s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 8000) + '/health/ready').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
# Migrations run at start-up under an advisory lock, so replicas can start together.
USER node
CMD ["node", "dist/apps/api/src/main.js"]
