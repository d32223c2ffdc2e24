// Misuse (a missing file, a corrupt graph, a bad argument) is a UserError: the CLI prints its message on one
// line and exits with its code. Anything else that is thrown is a bug and gets a stack trace.
export class UserError extends Error {
  constructor(
    message: string,
    readonly exitCode = 1,
  ) {
    super(message);
    this.name = 'UserError';
  }
}

export const isUserError = (e: unknown): e is UserError => e instanceof UserError;
