import type { Command } from 'commander';

export function registerNormalize(program: Command): void {
  void program;
}
