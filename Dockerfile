# One image for every service; docker-compose.yml picks the entry point. Built client included (postinstall).
FROM node:20-bookworm-slim
WORKDIR /app
COPY . .
RUN npm ci --no-audit --no-fund && npm cache clean --force
ENV NODE_ENV=production
USER node
CMD ["npx", "tsx", "scripts/start.ts"]
