-- CreateTable
CREATE TABLE "Catalog" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "columns" JSON NOT NULL,
    "keyColumns" JSON NOT NULL,
    "outputColumns" JSON NOT NULL,
    "recordCount" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Catalog_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CatalogRecord" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "catalogId" TEXT NOT NULL,
    "values" JSON NOT NULL,
    "matchKey" TEXT NOT NULL,

    CONSTRAINT "CatalogRecord_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Catalog_organizationId_createdAt_idx" ON "Catalog"("organizationId", "createdAt");

-- CreateIndex
CREATE INDEX "CatalogRecord_catalogId_matchKey_idx" ON "CatalogRecord"("catalogId", "matchKey");

-- CreateIndex
CREATE INDEX "CatalogRecord_organizationId_idx" ON "CatalogRecord"("organizationId");

-- AddForeignKey
ALTER TABLE "Catalog" ADD CONSTRAINT "Catalog_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CatalogRecord" ADD CONSTRAINT "CatalogRecord_catalogId_fkey" FOREIGN KEY ("catalogId") REFERENCES "Catalog"("id") ON DELETE CASCADE ON UPDATE CASCADE;
