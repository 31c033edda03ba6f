# The API image (used by docker-compose.yml). Builds the TypeScript and the offline GraphiQL bundle, then runs
# the compiled server against the Neo4j named by NEO4J_URI (no local Neo4j, no Java in the image).
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci
COPY . .
RUN npm run build

FROM node:20-bookworm-slim
ENV NODE_ENV=production
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev && npm cache clean --force
COPY --from=build /app/dist ./dist
COPY schema.graphql ./
COPY cypher ./cypher
COPY seeds ./seeds
USER node
EXPOSE 4000
CMD ["node", "dist/src/main.js"]
