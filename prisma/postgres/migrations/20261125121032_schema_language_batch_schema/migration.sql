-- AlterTable
ALTER TABLE "Batch" ADD COLUMN     "schemaId" TEXT;

-- AlterTable
ALTER TABLE "Schema" ADD COLUMN     "language" TEXT;

-- CreateIndex
CREATE INDEX "Batch_organizationId_schemaId_createdAt_idx" ON "Batch"("organizationId", "schemaId", "createdAt");
