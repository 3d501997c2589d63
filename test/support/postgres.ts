// A fresh, uniquely named PostgreSQL database on the machine's server, dropped afterwards.
import { createScratchDatabase, type ScratchDatabase } from '../../src/db/scratch-postgres.ts';

export function createTestDatabase(): Promise<ScratchDatabase> {
  return createScratchDatabase('docsift_test');
}
