# The product (API + dashboard) for docker-compose.yml; the database is the official neo4j image.
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
COPY server/package.json server/
COPY client/package.json client/
RUN npm ci --no-audit --no-fund
COPY tsconfig.base.json ./
COPY server server
COPY client client
RUN npm run build

FROM node:20-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production HOST=0.0.0.0 PORT=4000
COPY package.json package-lock.json ./
COPY server/package.json server/
COPY client/package.json client/
RUN npm ci --omit=dev --no-audit --no-fund -w server
COPY --from=build /app/server/dist server/dist
COPY --from=build /app/client/dist client/dist
COPY cypher cypher
COPY templates templates
EXPOSE 4000
CMD ["node", "server/dist/main.js"]
