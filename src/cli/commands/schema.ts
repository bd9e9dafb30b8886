import type { Command } from 'commander';

export function registerSchema(program: Command): void {
  void program;
}
