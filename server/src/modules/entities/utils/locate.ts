import type { InputProblem } from '../../../domain/network.types.js';
import type { ProblemLocator } from '../../network/network.service.js';

/**
 * The single-entity mutations validate through importNetwork with a one-row NetworkInput; this
 * translates the row's problem paths back to the mutation's arguments, so
 * `initiatives[0].name` reads `input.name` (or `patch.name`), and a problem about the whole row
 * (`involvements[0]`: a duplicate) reads `input`. `fields` maps a row field to another argument
 * (update's `initiatives[0].id` is the `id` argument).
 */
export function locateIn(section: string, argument: string, fields: Record<string, string> = {}): ProblemLocator {
  const row = new RegExp(`^${section}\\[0\\](?:\\.(\\w+))?(.*)$`);
  return (problem: InputProblem): InputProblem => {
    const match = row.exec(problem.path);
    if (!match) return problem;
    const field = match[1];
    const rest = match[2] ?? '';
    if (field === undefined) return { ...problem, path: argument };
    const target = fields[field];
    return { ...problem, path: target !== undefined ? `${target}${rest}` : `${argument}.${field}${rest}` };
  };
}
