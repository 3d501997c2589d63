// Long-running commands (start, worker) run until SIGINT/SIGTERM, then stop cleanly: jobs in flight get
// their grace period, connections close.
export async function untilSignalled(close: () => Promise<void>): Promise<number> {
  await new Promise<void>((resolve) => {
    process.once('SIGINT', resolve);
    process.once('SIGTERM', resolve);
  });
  await close();
  return 0;
}
