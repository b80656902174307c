import type { Issue } from '../issues';
import { issue } from './helpers';
import { arr, concreteStr, isObj, obj } from './read';
import type { Rule } from './types';

const ID = 'mount-container-path';

/**
 * `/data` on Linux; `C:\data`, `c:/data` or a `\\`-rooted path on Windows (Docker's Windows parser also takes
 * `/`-rooted paths). A drive path counts as absolute when the OS is not set, since the task may be for Windows.
 */
function isAbsolute(path: string, ctxOs: string | undefined): boolean {
  if (path.startsWith('/')) return true;
  if (ctxOs === 'LINUX') return false;
  return /^[A-Za-z]:[\\/]/.test(path) || path.startsWith('\\\\');
}

/** The path as Docker compares mount destinations: without trailing separators, case-insensitive on Windows. */
function normalize(path: string, windows: boolean): string {
  const trimmed = path.length > 1 ? path.replace(/[\\/]+$/, '') : path;
  return windows ? trimmed.replace(/\\/g, '/').toLowerCase() : trimmed;
}

export const rule: Rule = {
  id: ID,
  refs: ['Docker CannotCreateContainerError'],
  severity: 'error',
  title: 'Each mount point and tmpfs mount has an absolute containerPath, used once per container; host volume paths are absolute.',
  why: 'Docker creates the container with one mount per containerPath. An empty or relative path is refused when the container is created ("invalid mount path: \'data\' mount path must be absolute", moby volume/mounts parser), and two mounts (mount points or tmpfs) on the same path are refused with "Duplicate mount point" (terraform-aws-modules/terraform-aws-ecs#153), so the task stops with CannotCreateContainerError although it registered. A relative host sourcePath is read by Docker as a named volume ("includes invalid characters for a local volume name ... If you intended to pass a host directory, use absolute path"), hence a warning.',
  fix: 'Set "containerPath" to an absolute path inside the container ("/data", or "C:\\\\data" on Windows) and give every mount of a container its own path.',
  check(_doc, ctx) {
    const out: Issue[] = [];
    for (const c of ctx.containers) {
      const seen = new Map<string, string>();
      const claim = (raw: string, path: (string | number)[], what: string) => {
        const key = normalize(raw, ctx.isWindows);
        const earlier = seen.get(key);
        if (earlier !== undefined) {
          const message = `containerPath "${raw}" is already used by ${earlier} of this container; Docker refuses a duplicate mount point, so mount it elsewhere or remove one.`;
          out.push(issue(ID, path, 'error', message));
        } else seen.set(key, what);
      };
      arr(obj(c.def.linuxParameters).tmpfs).forEach((entry, i) => {
        const target = concreteStr(obj(entry).containerPath);
        if (!target) return;
        const path = [...c.path, 'linuxParameters', 'tmpfs', i, 'containerPath'];
        if (!target.startsWith('/')) {
          out.push(
            issue(
              ID,
              path,
              'error',
              `tmpfs containerPath "${target}" is relative; Docker only mounts on absolute paths, write e.g. "/${target.replace(/^\.?\/*/, '')}".`,
            ),
          );
          return;
        }
        claim(target, path, `tmpfs mount #${i + 1}`);
      });
      arr(c.def.mountPoints).forEach((entry, i) => {
        if (!isObj(entry)) return;
        const path = [...c.path, 'mountPoints', i];
        const raw = entry.containerPath;
        if (raw === undefined || raw === null || (typeof raw === 'string' && raw.trim() === '')) {
          const message = `Mount point #${i + 1} has no "containerPath"; set the absolute path where the volume appears inside the container.`;
          out.push(issue(ID, raw === undefined || raw === null ? path : [...path, 'containerPath'], 'error', message));
          return;
        }
        const target = concreteStr(raw);
        if (target === undefined) return;
        if (!isAbsolute(target, ctx.osFamily)) {
          const example = ctx.isWindows ? 'C:\\data' : `/${target.replace(/^\.?\/*/, '')}`;
          const message = `containerPath "${target}" is relative; Docker only mounts on absolute paths, write e.g. "${example}".`;
          out.push(issue(ID, [...path, 'containerPath'], 'error', message));
          return;
        }
        claim(target, [...path, 'containerPath'], `mount point #${i + 1}`);
      });
    }
    for (const v of ctx.volumes) {
      const source = concreteStr(obj(v.def.host).sourcePath);
      if (source === undefined || source.trim() === '' || isAbsolute(source, ctx.osFamily)) continue;
      const message = `Host sourcePath "${source}" of volume "${v.name ?? v.index + 1}" is relative; Docker reads a relative source as a named volume (or refuses it), not as a directory of the instance, so write the absolute path.`;
      out.push(issue(ID, [...v.path, 'host', 'sourcePath'], 'warning', message));
    }
    return out;
  },
};
