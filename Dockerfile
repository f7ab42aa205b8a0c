# syntax=docker/dockerfile:1
#
# Images of the Pix certification platform (one build, two runtime targets):
#   app        the gateway (HTTP API + built Angular console) and the identity, sessions, testing,
#              incidents and jury services — same image, the command picks the process
#   documents  the documents service, plus Debian chromium and fonts for PDF rendering
# Every process runs from /app as `node dist/apps/<name>/main.js` (see docker-compose.yml).
#
#   docker build --target app       -t pix-certif-app .
#   docker build --target documents -t pix-certif-documents .
#
# Needs BuildKit (default since Docker 23 / Compose v2).

ARG NODE_IMAGE=node:20-bookworm-slim

# ---- base: Node 20, quiet npm ----------------------------------------------------------------
FROM ${NODE_IMAGE} AS base
WORKDIR /app
# SCARF_ANALYTICS: swagger-ui-dist pulls @scarf/scarf, whose postinstall phones home.
ENV NPM_CONFIG_UPDATE_NOTIFIER=false \
    NPM_CONFIG_FUND=false \
    NPM_CONFIG_AUDIT=false \
    SCARF_ANALYTICS=false

# ---- deps: every dependency, dev included; cached until package.json / package-lock.json change --
# `npm install`, not `npm ci`: ci fails when the registry lacks other platforms' optional binaries.
# Pass --build-arg NPM_CONFIG_REGISTRY=… to use a mirror.
FROM base AS deps
ARG NPM_CONFIG_REGISTRY
COPY package.json package-lock.json ./
RUN --mount=type=cache,target=/root/.npm \
    npm install --no-audit --no-fund

# ---- build: every app (services, gateway, console; not the e2e suite) ----------------------------
FROM deps AS build
ENV NX_NO_CLOUD=true \
    NX_DAEMON=false \
    NX_TUI=false
COPY . .
RUN npx nx run-many -t build --projects=tag:type:app \
 && for app in identity sessions testing incidents jury documents; do \
      test -f "dist/apps/$app/main.js" && test -d "dist/apps/$app/migrations" || { echo "missing build of $app" >&2; exit 1; }; \
    done \
 && test -f dist/apps/gateway/main.js \
 && test -f dist/apps/console/browser/index.html

# ---- prod-deps: the same tree without devDependencies (pruned offline, no second download) ------
FROM deps AS prod-deps
RUN npm prune --omit=dev --no-audit --no-fund

# ---- documents: the documents service with chromium (puppeteer-core has no bundled browser) -----
FROM base AS documents
RUN apt-get update \
 && apt-get install -y --no-install-recommends chromium fonts-dejavu-core fonts-liberation2 \
 && rm -rf /var/lib/apt/lists/* \
 && test -x /usr/bin/chromium
ENV NODE_ENV=production
COPY --from=prod-deps /app/node_modules ./node_modules
COPY package.json ./
COPY infra/healthcheck ./infra/healthcheck
COPY --from=build /app/dist/apps/documents ./dist/apps/documents
USER node
ARG APP_VERSION=0.0.0-dev
ENV APP_VERSION=${APP_VERSION}
CMD ["node", "dist/apps/documents/main.js"]

# ---- app (default target): gateway + console + the other five services ---------------------------
FROM base AS app
ENV NODE_ENV=production
COPY --from=prod-deps /app/node_modules ./node_modules
COPY package.json ./
COPY infra/healthcheck ./infra/healthcheck
COPY --from=build /app/dist/apps ./dist/apps
USER node
EXPOSE 3000
ARG APP_VERSION=0.0.0-dev
ENV APP_VERSION=${APP_VERSION}
CMD ["node", "dist/apps/gateway/main.js"]
