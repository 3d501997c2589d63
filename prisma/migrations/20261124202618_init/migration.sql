-- CreateTable
CREATE TABLE "Organization" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "retentionDays" INTEGER NOT NULL DEFAULT 30,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateTable
CREATE TABLE "User" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "organizationId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "User_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ApiKey" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "organizationId" TEXT NOT NULL,
    "userId" TEXT,
    "name" TEXT NOT NULL DEFAULT '',
    "prefix" TEXT NOT NULL,
    "hash" TEXT NOT NULL,
    "scopes" TEXT NOT NULL,
    "globalAdmin" BOOLEAN NOT NULL DEFAULT false,
    "lastUsedAt" DATETIME,
    "revokedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "ApiKey_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "ApiKey_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Document" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "organizationId" TEXT NOT NULL,
    "filename" TEXT NOT NULL,
    "mimeType" TEXT NOT NULL,
    "extractable" BOOLEAN NOT NULL,
    "size" INTEGER NOT NULL,
    "sha256" TEXT NOT NULL,
    "pageCount" INTEGER,
    "storageKey" TEXT NOT NULL,
    "uploadedById" TEXT,
    "apiKeyId" TEXT,
    "batchId" TEXT,
    "readStatus" TEXT NOT NULL DEFAULT 'NONE',
    "readError" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" DATETIME NOT NULL,
    CONSTRAINT "Document_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Page" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "organizationId" TEXT NOT NULL,
    "documentId" TEXT NOT NULL,
    "readKey" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "width" REAL NOT NULL,
    "height" REAL NOT NULL,
    "unit" TEXT NOT NULL DEFAULT 'pt',
    "rotation" INTEGER NOT NULL DEFAULT 0,
    "source" TEXT NOT NULL,
    "words" JSONB NOT NULL,
    "text" TEXT NOT NULL,
    "error" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Page_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Page_documentId_fkey" FOREIGN KEY ("documentId") REFERENCES "Document" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Schema" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "organizationId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "currentVersion" INTEGER NOT NULL DEFAULT 1,
    "archivedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Schema_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "SchemaVersion" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "organizationId" TEXT NOT NULL,
    "schemaId" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "definition" JSONB NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "SchemaVersion_schemaId_fkey" FOREIGN KEY ("schemaId") REFERENCES "Schema" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Extraction" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "organizationId" TEXT NOT NULL,
    "documentId" TEXT NOT NULL,
    "filename" TEXT NOT NULL,
    "schemaVersionId" TEXT,
    "schemaSnapshot" JSONB NOT NULL,
    "skillId" TEXT,
    "skillVersion" INTEGER,
    "batchId" TEXT,
    "mode" TEXT NOT NULL DEFAULT 'advanced',
    "readingMode" TEXT NOT NULL DEFAULT 'ocr_pdf',
    "language" TEXT NOT NULL DEFAULT 'eng',
    "model" TEXT,
    "provider" TEXT,
    "prompt" TEXT,
    "reviewThreshold" REAL NOT NULL DEFAULT 80,
    "status" TEXT NOT NULL DEFAULT 'PENDING',
    "error" TEXT,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "leaseUntil" DATETIME,
    "availableAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "results" JSONB,
    "fields" JSONB,
    "confidenceScores" JSONB,
    "reviewFlags" JSONB,
    "needsReview" BOOLEAN NOT NULL DEFAULT false,
    "isReviewed" BOOLEAN NOT NULL DEFAULT false,
    "reviewedResults" JSONB,
    "reviewedAt" DATETIME,
    "reviewedById" TEXT,
    "completion" TEXT,
    "completionMessage" TEXT,
    "lastUserId" TEXT,
    "archived" BOOLEAN NOT NULL DEFAULT false,
    "usage" JSONB,
    "revision" INTEGER NOT NULL DEFAULT 0,
    "createdById" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    "startedAt" DATETIME,
    "finishedAt" DATETIME,
    CONSTRAINT "Extraction_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Extraction_documentId_fkey" FOREIGN KEY ("documentId") REFERENCES "Document" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Extraction_schemaVersionId_fkey" FOREIGN KEY ("schemaVersionId") REFERENCES "SchemaVersion" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Review" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "organizationId" TEXT NOT NULL,
    "extractionId" TEXT NOT NULL,
    "reviewerId" TEXT,
    "apiKeyId" TEXT,
    "changes" JSONB NOT NULL,
    "comment" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Review_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Review_extractionId_fkey" FOREIGN KEY ("extractionId") REFERENCES "Extraction" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE UNIQUE INDEX "Organization_slug_key" ON "Organization"("slug");

-- CreateIndex
CREATE INDEX "User_organizationId_idx" ON "User"("organizationId");

-- CreateIndex
CREATE UNIQUE INDEX "User_organizationId_email_key" ON "User"("organizationId", "email");

-- CreateIndex
CREATE UNIQUE INDEX "ApiKey_prefix_key" ON "ApiKey"("prefix");

-- CreateIndex
CREATE UNIQUE INDEX "ApiKey_hash_key" ON "ApiKey"("hash");

-- CreateIndex
CREATE INDEX "ApiKey_organizationId_idx" ON "ApiKey"("organizationId");

-- CreateIndex
CREATE INDEX "Document_organizationId_createdAt_idx" ON "Document"("organizationId", "createdAt");

-- CreateIndex
CREATE INDEX "Document_organizationId_filename_idx" ON "Document"("organizationId", "filename");

-- CreateIndex
CREATE INDEX "Document_organizationId_mimeType_idx" ON "Document"("organizationId", "mimeType");

-- CreateIndex
CREATE INDEX "Document_organizationId_batchId_idx" ON "Document"("organizationId", "batchId");

-- CreateIndex
CREATE INDEX "Document_expiresAt_idx" ON "Document"("expiresAt");

-- CreateIndex
CREATE INDEX "Page_organizationId_idx" ON "Page"("organizationId");

-- CreateIndex
CREATE UNIQUE INDEX "Page_documentId_readKey_number_key" ON "Page"("documentId", "readKey", "number");

-- CreateIndex
CREATE INDEX "Schema_organizationId_createdAt_idx" ON "Schema"("organizationId", "createdAt");

-- CreateIndex
CREATE INDEX "Schema_organizationId_name_idx" ON "Schema"("organizationId", "name");

-- CreateIndex
CREATE INDEX "SchemaVersion_organizationId_idx" ON "SchemaVersion"("organizationId");

-- CreateIndex
CREATE UNIQUE INDEX "SchemaVersion_schemaId_version_key" ON "SchemaVersion"("schemaId", "version");

-- CreateIndex
CREATE INDEX "Extraction_organizationId_createdAt_idx" ON "Extraction"("organizationId", "createdAt");

-- CreateIndex
CREATE INDEX "Extraction_organizationId_status_idx" ON "Extraction"("organizationId", "status");

-- CreateIndex
CREATE INDEX "Extraction_organizationId_documentId_idx" ON "Extraction"("organizationId", "documentId");

-- CreateIndex
CREATE INDEX "Extraction_organizationId_filename_idx" ON "Extraction"("organizationId", "filename");

-- CreateIndex
CREATE INDEX "Extraction_organizationId_needsReview_isReviewed_idx" ON "Extraction"("organizationId", "needsReview", "isReviewed");

-- CreateIndex
CREATE INDEX "Extraction_organizationId_skillId_idx" ON "Extraction"("organizationId", "skillId");

-- CreateIndex
CREATE INDEX "Extraction_organizationId_batchId_idx" ON "Extraction"("organizationId", "batchId");

-- CreateIndex
CREATE INDEX "Extraction_status_availableAt_idx" ON "Extraction"("status", "availableAt");

-- CreateIndex
CREATE INDEX "Review_organizationId_createdAt_idx" ON "Review"("organizationId", "createdAt");

-- CreateIndex
CREATE INDEX "Review_extractionId_idx" ON "Review"("extractionId");
