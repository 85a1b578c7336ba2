// The command-line entries take a few flags each; anything else is a mistake worth stopping for.
export class UsageError extends Error {}

export function readFlags<Flag extends string>(argv: string[], known: readonly Flag[]): Set<Flag> {
  const flags = new Set<Flag>()
  for (const arg of argv) {
    const flag = arg.replace(/^--/, '') as Flag
    if (!arg.startsWith('--') || !known.includes(flag)) throw new UsageError(`Unknown argument "${arg}"`)
    flags.add(flag)
  }
  return flags
}

/** Prints the message and exits: 0 for help, 2 for a usage mistake, 1 for a failure. */
export function exit(code: number, message: string): never {
  ;(code === 0 ? process.stdout : process.stderr).write(`${message}\n`)
  process.exit(code)
}
