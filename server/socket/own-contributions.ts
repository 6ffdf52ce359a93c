/**
 * Which contributions of a session a phone wrote. Nothing stored says so: each contribution carries an
 * author tag, a keyed hash of its own id under the phone's author seed, and the seed lives only in the
 * phone's socket. The tags are recomputed here, each contribution once, in log order: a later look
 * examines only what was added since (a round's contributions are only ever appended).
 */
import type { Contribution, Round } from '../domain/state.js';
import { authorTag } from '../keys.js';

export class OwnContributions {
  private readonly ids = new Set<string>();
  /** How many of the round's contributions, in log order, have been examined. */
  private examined = 0;

  constructor(
    private readonly sessionId: string,
    private readonly authorSeed: Buffer,
    private readonly legacyAuthorKey: string,
  ) {}

  /** This phone's contributions in the session, as of this state of the round. */
  in(round: Round): ReadonlySet<string> {
    if (this.examined > round.contributions.size) this.examined = 0;
    let position = 0;
    for (const c of round.contributions.values()) {
      if (position++ < this.examined) continue;
      if (c.sessionId === this.sessionId && this.wrote(c)) this.ids.add(c.id);
    }
    this.examined = round.contributions.size;
    return this.ids;
  }

  authorTag(contributionId: string): string {
    return authorTag(this.authorSeed, contributionId);
  }

  /** Whether this phone wrote the contribution, by its author tag recomputed here. */
  wrote(c: Contribution): boolean {
    if (c.author === null) return false;
    return 'tag' in c.author ? c.author.tag === this.authorTag(c.id) : c.author.legacyKey === this.legacyAuthorKey;
  }
}
