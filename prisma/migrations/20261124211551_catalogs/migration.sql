-- CreateTable
CREATE TABLE "Catalog" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "organizationId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "columns" JSONB NOT NULL,
    "keyColumns" JSONB NOT NULL,
    "outputColumns" JSONB NOT NULL,
    "recordCount" INTEGER NOT NULL DEFAULT 0,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Catalog_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "CatalogRecord" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "organizationId" TEXT NOT NULL,
    "catalogId" TEXT NOT NULL,
    "values" JSONB NOT NULL,
    "matchKey" TEXT NOT NULL,
    CONSTRAINT "CatalogRecord_catalogId_fkey" FOREIGN KEY ("catalogId") REFERENCES "Catalog" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "Catalog_organizationId_createdAt_idx" ON "Catalog"("organizationId", "createdAt");

-- CreateIndex
CREATE INDEX "CatalogRecord_catalogId_matchKey_idx" ON "CatalogRecord"("catalogId", "matchKey");

-- CreateIndex
CREATE INDEX "CatalogRecord_organizationId_idx" ON "CatalogRecord"("organizationId");
