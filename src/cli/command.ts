// What every CLI command looks like: a name, a one-line summary, usage text and a function that wires
// arguments to the library and prints. Commands hold no logic of their own beyond that.
export interface Command {
  name: string;
  summary: string;
  usage: string;
  /** returns the process exit code */
  run(argv: string[]): Promise<number> | number;
}
