# One image for every service; docker-compose.yml picks the entry point. Built client included (postinstall).
FROM node:20-bookworm-slim
WORKDIR /app
COPY . .
RUN npm ci --no-audit --no-fund && npm cache clean --force
ENV NODE_ENV=production
# A young generation of up to 64 MB semi-spaces instead of Node 20's 16 MB: an evaluation allocates hundreds of
# MB of short-lived rows, and with small semi-spaces they were copied and promoted before their batch was written
# (planning took twice as long, measured in bench/engine). Grown only under allocation pressure. Same value as
# `npm start` and the bench (scripts/runtime-flags.test.ts).
ENV NODE_OPTIONS=--max-semi-space-size=64
USER node
CMD ["npx", "tsx", "scripts/start.ts"]
