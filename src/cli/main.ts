// The CLI dispatcher: `docsift <command> ...` runs src/cli/commands/<command>.ts, whose default export
// takes the remaining arguments and returns the exit code.
import { readdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { SettingsError } from '../config/settings.ts';
import { DomainError } from '../resolvers/errors.ts';

const commandsDir = fileURLToPath(new URL('./commands/', import.meta.url));

async function commandNames() {
  return (await readdir(commandsDir)).filter((f) => f.endsWith('.ts')).map((f) => f.slice(0, -3)).sort();
}

export async function main(argv: string[]): Promise<number> {
  const [name, ...args] = argv;
  const names = await commandNames();
  if (!name || name === '--help' || name === '-h' || !names.includes(name)) {
    if (name && !name.startsWith('-')) process.stderr.write(`Unknown command: ${name}\n`);
    process.stderr.write(`Usage: docsift <command> [options]\nCommands: ${names.join(', ')}\n`);
    return name && name !== '--help' && name !== '-h' ? 2 : 0;
  }
  const command = (await import(`./commands/${name}.ts`)) as { default: (args: string[]) => Promise<number> };
  try {
    return await command.default(args);
  } catch (error) {
    if (error instanceof SettingsError || error instanceof DomainError || (error as { code?: string }).code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
      process.stderr.write(`${(error as Error).message}\n`);
      return 2;
    }
    throw error;
  }
}
