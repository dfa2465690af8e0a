/** The team tree as parent links, with the walks every area needs. Pure: callers load the rows. */
export type TeamNode = { id: string; name: string; parentId: string | null };

export class TeamForest {
  private readonly byId = new Map<string, TeamNode>();
  private readonly childrenOf = new Map<string | null, TeamNode[]>();

  constructor(teams: TeamNode[]) {
    for (const team of teams) this.byId.set(team.id, team);
    for (const team of [...teams].sort((a, b) => a.name.localeCompare(b.name))) {
      const parent = team.parentId && this.byId.has(team.parentId) ? team.parentId : null;
      this.childrenOf.set(parent, [...(this.childrenOf.get(parent) ?? []), team]);
    }
  }

  get(id: string): TeamNode | undefined {
    return this.byId.get(id);
  }

  children(id: string | null): TeamNode[] {
    return this.childrenOf.get(id) ?? [];
  }

  /** The team and everything below it, depth first. */
  subtree(id: string): TeamNode[] {
    const root = this.byId.get(id);
    if (!root) return [];
    return [root, ...this.children(id).flatMap((child) => this.subtree(child.id))];
  }

  /** The team itself, then its parent, up to the top. */
  chain(id: string): TeamNode[] {
    const result: TeamNode[] = [];
    for (
      let node = this.byId.get(id);
      node && !result.includes(node);
      node = node.parentId ? this.byId.get(node.parentId) : undefined
    ) {
      result.push(node);
    }
    return result;
  }

  /** "Support › Level 2 › Drucker" */
  path(id: string): string {
    return this.chain(id)
      .reverse()
      .map((team) => team.name)
      .join(" › ");
  }

  /**
   * Every team in the order of its path: each team right after its parent, siblings by name as
   * `compare` (a locale's collator) orders them — so "Support", "Support › Level 2", "Vertrieb",
   * which is what sorting the shown paths means. Teams caught in a corrupt cycle have no path and
   * are left out.
   */
  inPathOrder(compare: (a: string, b: string) => number): TeamNode[] {
    const bySiblingOrder = (a: TeamNode, b: TeamNode) => compare(a.name, b.name) || (a.id < b.id ? -1 : 1);
    const walk = (parent: string | null): TeamNode[] =>
      [...this.children(parent)].sort(bySiblingOrder).flatMap((team) => [team, ...walk(team.id)]);
    return walk(null);
  }

  depth(id: string): number {
    return this.chain(id).length - 1;
  }
}
