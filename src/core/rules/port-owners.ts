/**
 * Which port mapping first claimed each port (1–65535), with "the earliest mapping that claims any port of a
 * range" in O(log) time. Each port is claimed at most once (a skip list over unclaimed ports), so n mappings cost
 * O((n + 65536) log 65536) whatever their widths, instead of comparing every mapping with every earlier one.
 */
const PORTS = 65536;
const NONE = 0x7fffffff;

export class PortOwners {
  /** Min-segment tree of owner indexes over ports (leaves at PORTS + port). */
  private readonly tree = new Int32Array(2 * PORTS).fill(NONE);
  /** nextFree[p]: the smallest port >= p not yet claimed (path-compressed). */
  private readonly nextFree = new Int32Array(PORTS + 1).map((_, i) => i);

  private free(port: number): number {
    let root = port;
    while ((this.nextFree[root] as number) !== root) root = this.nextFree[root] as number;
    while ((this.nextFree[port] as number) !== root) {
      const next = this.nextFree[port] as number;
      this.nextFree[port] = root;
      port = next;
    }
    return root;
  }

  /** Records `owner` for every port of [from, to] that no earlier mapping claimed. */
  claim(from: number, to: number, owner: number): void {
    const last = Math.min(to, PORTS - 1);
    for (let port = this.free(Math.max(0, from)); port <= last; port = this.free(port)) {
      this.nextFree[port] = port + 1;
      let node = port + PORTS;
      this.tree[node] = owner;
      for (node >>= 1; node >= 1; node >>= 1) {
        this.tree[node] = Math.min(this.tree[2 * node] as number, this.tree[2 * node + 1] as number);
      }
    }
  }

  /** The smallest owner index of any port in [from, to], or undefined. */
  firstOwner(from: number, to: number): number | undefined {
    let best = NONE;
    let low = Math.max(0, from) + PORTS;
    let high = Math.min(to, PORTS - 1) + PORTS + 1;
    while (low < high) {
      if (low & 1) best = Math.min(best, this.tree[low++] as number);
      if (high & 1) best = Math.min(best, this.tree[--high] as number);
      low >>= 1;
      high >>= 1;
    }
    return best === NONE ? undefined : best;
  }
}
