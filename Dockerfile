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
# No allocation-site pretenuring for the process that evaluates (not allowed in NODE_OPTIONS, so on the command
# line here and in docker-compose.yml): V8 sometimes decided, while the young generation was still small, that
# the rows of an evaluation's batch live long, and from then on allocated every row in the old generation, which
# doubled planning time for the life of the process (bench/engine: 0.55 s or 1.1 s for the same plan, by process).
CMD ["npx", "tsx", "--no-allocation-site-pretenuring", "scripts/start.ts"]
