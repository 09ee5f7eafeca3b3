/**
 * A failure the person starting the stack can act on: `message` says what went wrong, `fix` how to
 * repair it. The entry points print both on one line instead of a stack trace.
 */
export class StackError extends Error {
  constructor(
    message: string,
    readonly fix: string,
  ) {
    super(message);
    this.name = 'StackError';
  }

  toLine(): string {
    return `Erreur : ${this.message} — ${this.fix}`;
  }
}

export function describeFailure(error: unknown): string {
  if (error instanceof StackError) return error.toLine();
  const message = error instanceof Error ? error.message : String(error);
  return `Erreur : ${message.split('\n')[0]} — relancez avec WCAP_STACK_DEBUG=1 pour le détail.`;
}
