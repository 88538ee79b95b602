import type { Budget } from '../match/types.js';

export class Deadline implements Budget {
  readonly deadline: number;
  constructor(ms: number) {
    this.deadline = performance.now() + ms;
  }
  expired(): boolean {
    return performance.now() >= this.deadline;
  }
}
