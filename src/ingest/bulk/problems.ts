/**
 * The problems a bulk validation finds. A million bad lines must not become a million messages in memory, so
 * the first LIMIT are kept (in file and line order once sorted) and the rest only counted.
 */
import type { SeedProblem } from '../seedFiles';

const LIMIT = 200;

export class ProblemList {
  private readonly kept: SeedProblem[] = [];
  private total = 0;

  add(problem: SeedProblem): void {
    this.total += 1;
    if (this.kept.length < LIMIT) this.kept.push(problem);
  }

  get count(): number {
    return this.total;
  }

  /** The kept problems in file and line order, and how many more were found but not kept. */
  list(): { problems: SeedProblem[]; notShown: number } {
    const problems = [...this.kept].sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
    return { problems, notShown: this.total - this.kept.length };
  }
}
